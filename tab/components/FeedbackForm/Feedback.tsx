import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import type { FeedbackFormProps } from './FeedbackForm';
import type { PollPanelProps } from './PollPanel';

/** The form and its messages load on demand; if they cannot be fetched, the page goes without. */
const FeedbackForm = lazy((): Promise<{ default: ComponentType<FeedbackFormProps> }> =>
  import('./FeedbackForm').catch(() => ({ default: () => null })),
);

/**
 * "Was this useful?" at the end of a case or an issue, loaded once the page is shown in the
 * browser (the server's render of the page has none, so hydration matches).
 */
export function Feedback(props: FeedbackFormProps) {
  const [shown, setShown] = useState(false);
  useEffect(() => setShown(true), []);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <FeedbackForm {...props} />
    </Suspense>
  );
}

const PollPanel = lazy((): Promise<{ default: ComponentType<PollPanelProps> }> =>
  import('./PollPanel').catch(() => ({ default: () => null })),
);

/** The polls on future themes open now, loaded once the page is shown in the browser. */
export function OpenPolls(props: PollPanelProps) {
  const [shown, setShown] = useState(false);
  useEffect(() => setShown(true), []);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <PollPanel {...props} />
    </Suspense>
  );
}
