import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { ApiError } from '../../api';
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

function explain(error: ApiError): string {
  if (error.status === 0)
    return 'The service could not be reached. Check your connection and try again.';
  if (error.status === 404) return 'It may have been moved or the link may be wrong.';
  if (error.status >= 500) return 'The service had a problem. Try again in a few minutes.';
  return error.title;
}

/** Says plainly what could not be loaded and why. */
export function ErrorNotice({ what, error }: { what: string; error: ApiError }) {
  const styles = useStatusStyles();
  return (
    <MessageBar intent="error" className={styles.notice} role="alert">
      <MessageBarBody>
        <MessageBarTitle>{what}</MessageBarTitle>
        {explain(error)}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * A view that could not be shown: its own title, so focus and the document title move to it as
 * for any view, then what failed and why. `thing` names the view ("Case study").
 */
export function ErrorView({
  thing,
  what,
  error,
}: {
  thing: string;
  what: string;
  error: ApiError;
}) {
  return (
    <>
      <PageTitle>{error.status === 404 ? `${thing} not found` : `${thing} unavailable`}</PageTitle>
      <ErrorNotice what={what} error={error} />
    </>
  );
}
