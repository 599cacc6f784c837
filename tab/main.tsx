import { createDOMRenderer } from '@fluentui/react-components';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, type AppPage } from './App';
import { TabProviders } from './Frame';
import { isHomeView, readPrerenderedIssue } from './prerender';

const container = document.getElementById('root');
if (container) {
  const page: AppPage =
    window.location.pathname.replace(/\/+$/, '') === '/config' ? 'config' : 'reader';
  const prerendered = readPrerenderedIssue();
  const renderer = createDOMRenderer(document);
  if (prerendered && page === 'reader' && isHomeView(window.location)) {
    hydrateRoot(
      container,
      <TabProviders renderer={renderer}>
        <App page={page} prerendered={prerendered} />
      </TabProviders>,
    );
  } else {
    container.replaceChildren();
    container.removeAttribute('data-prerendered');
    createRoot(container).render(
      <TabProviders renderer={renderer}>
        <App page={page} />
      </TabProviders>,
    );
  }
}
