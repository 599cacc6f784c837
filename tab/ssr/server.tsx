import { createDOMRenderer, renderToStyleElements } from '@fluentui/react-components';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import type { IssueView } from '../../src/content/views';
import { IssuePage } from '../components/IssuePage/IssuePage';
import { TabFrame, TabProviders } from '../Frame';
import type { HomeRender } from './contract';

/**
 * Renders the home view (the latest issue) as the browser's first render of it will be: light
 * theme, British English (the text's default), no host yet. The browser hydrates this markup
 * (tab/main.tsx) when the reader's language is English.
 */
export function renderHome(issue: IssueView): HomeRender {
  const renderer = createDOMRenderer();
  const html = renderToString(
    <TabProviders renderer={renderer}>
      <TabFrame theme="default" section="latest" navigation navigated={false}>
        <IssuePage issue={issue} latest />
      </TabFrame>
    </TabProviders>,
  );
  const styles = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  return { html, styles };
}
