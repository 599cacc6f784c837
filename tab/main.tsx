import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type AppPage } from './App';

const container = document.getElementById('root');
if (container) {
  const page: AppPage =
    window.location.pathname.replace(/\/+$/, '') === '/config' ? 'config' : 'reader';
  createRoot(container).render(
    <StrictMode>
      <App page={page} />
    </StrictMode>,
  );
}
