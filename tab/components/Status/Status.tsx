import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { ApiError } from '../../api';
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
