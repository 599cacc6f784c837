import { useEffect, useRef, useState, type DependencyList } from 'react';
import { ApiError } from '../api';

/** An API call's state in a view. */
export type Resource<T> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: T };

/**
 * Loads data when the dependencies change, cancelling the previous request. Data given as
 * `initial` (rendered by the server) is shown at once and not loaded again until the
 * dependencies change.
 */
export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  dependencies: DependencyList,
  initial?: T,
): Resource<T> {
  const [resource, setResource] = useState<Resource<T>>(() =>
    initial === undefined ? { status: 'loading' } : { status: 'ready', data: initial },
  );
  const hasInitial = useRef(initial !== undefined);
  useEffect(() => {
    if (hasInitial.current) {
      hasInitial.current = false;
      return;
    }
    const controller = new AbortController();
    setResource({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResource({ status: 'ready', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResource({
          status: 'error',
          error: error instanceof ApiError ? error : new ApiError(0, 'Something went wrong.'),
        });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's dependencies decide when to load
  }, dependencies);
  return resource;
}
