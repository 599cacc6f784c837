import { useCallback, useState } from 'react';

/** What a reader has asked of the library: search words, factor, role and the issues' theme. */
export interface LibraryQuery {
  q: string;
  factor: string;
  role: string;
  theme: string;
}

const FIELDS = ['q', 'factor', 'role', 'theme'] as const;

function readQuery(): LibraryQuery {
  const [, queryString = ''] = window.location.hash.split('?', 2);
  const params = new URLSearchParams(queryString);
  return {
    q: params.get('q') ?? '',
    factor: params.get('factor') ?? '',
    role: params.get('role') ?? '',
    theme: params.get('theme') ?? '',
  };
}

/**
 * The library's search and filters, kept in the URL (`#/library?q=custody&factor=…`) so that the
 * browser's back button returns to the same results. Each change replaces the history entry, so
 * typing adds no steps to go back through.
 */
export function useLibraryQuery(): [LibraryQuery, (change: Partial<LibraryQuery>) => void] {
  const [query, setQuery] = useState(readQuery);
  const update = useCallback((change: Partial<LibraryQuery>) => {
    setQuery((current) => {
      const next = { ...current, ...change };
      const params = new URLSearchParams();
      for (const field of FIELDS) if (next[field]) params.set(field, next[field]);
      const search = params.toString();
      window.history.replaceState(null, '', `#/library${search ? `?${search}` : ''}`);
      return next;
    });
  }, []);
  return [query, update];
}
