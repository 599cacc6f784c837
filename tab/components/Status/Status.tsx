import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { ApiError } from '../../api';
import { useText, type TabKey } from '../../i18n';
import { PageTitle } from '../PageTitle/PageTitle';
import { useStatusStyles } from './Status.styles';

/** A polite "loading" message while a view's data arrives. */
export function Loading({ label }: { label: string }) {
  const styles = useStatusStyles();
  return (
    <div role="status">
      <Spinner className={styles.loading} size="small" label={label} labelPosition="after" />
    </div>
  );
}

function explanation(error: ApiError): TabKey {
  if (error.status === 0) return 'error.unreachable';
  if (error.status === 404) return 'error.notFound';
  if (error.status >= 500) return 'error.server';
  return 'error.other';
}

/** Says plainly what could not be loaded and why. */
export function ErrorNotice({ what, error }: { what: string; error: ApiError }) {
  const styles = useStatusStyles();
  const { text } = useText();
  return (
    <MessageBar intent="error" className={styles.notice} role="alert">
      <MessageBarBody>
        <MessageBarTitle>{what}</MessageBarTitle>
        {text(explanation(error))}
      </MessageBarBody>
    </MessageBar>
  );
}

/** A failed view's titles: when what it shows is not found, and when it fails otherwise. */
export interface ErrorTitles {
  notFound: TabKey;
  other: TabKey;
}

/**
 * A view that could not be shown: its own title, so focus and the document title move to it as
 * for any view, then what failed and why.
 */
export function ErrorView({
  titles,
  what,
  error,
}: {
  titles: ErrorTitles;
  what: string;
  error: ApiError;
}) {
  const { text } = useText();
  return (
    <>
      <PageTitle>{text(error.status === 404 ? titles.notFound : titles.other)}</PageTitle>
      <ErrorNotice what={what} error={error} />
    </>
  );
}
