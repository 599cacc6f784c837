import { createDOMRenderer } from '@fluentui/react-components';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, type AppPage } from './App';
import { TabProviders } from './Frame';
import { englishText, initialLanguage, loadText } from './i18n';
import { isHomeView, readPrerenderedIssue } from './prerender';

const container = document.getElementById('root');
if (container) {
  const pages: Readonly<Record<string, AppPage>> = { '/config': 'config', '/meeting': 'meeting' };
  const page: AppPage = pages[window.location.pathname.replace(/\/+$/, '')] ?? 'reader';
  const prerendered = readPrerenderedIssue();
  const renderer = createDOMRenderer(document);
  const language = initialLanguage();
  if (prerendered && page === 'reader' && language === 'en' && isHomeView(window.location)) {
    hydrateRoot(
      container,
      <TabProviders renderer={renderer}>
        <App page={page} initialText={englishText()} prerendered={prerendered} />
      </TabProviders>,
    );
  } else {
    const initialText = await loadText(language, navigator.language).catch(() => englishText());
    container.replaceChildren();
    container.removeAttribute('data-prerendered');
    createRoot(container).render(
      <TabProviders renderer={renderer}>
        <App page={page} initialText={initialText} />
      </TabProviders>,
    );
  }
}
