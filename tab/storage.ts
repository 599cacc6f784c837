/**
 * Guarded browser storage: some hosts (sandboxed frames, strict privacy settings) throw on any
 * access to `localStorage` or `sessionStorage`. Reads then find nothing and writes are dropped.
 */

type StorageKind = 'localStorage' | 'sessionStorage';

function storage(kind: StorageKind): Storage | null {
  try {
    return window[kind];
  } catch {
    return null;
  }
}

/** The stored value, or null when absent or when storage is unavailable. */
export function readStored(kind: StorageKind, key: string): string | null {
  try {
    return storage(kind)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores a value where storage is available; otherwise does nothing. */
export function writeStored(kind: StorageKind, key: string, value: string): void {
  try {
    storage(kind)?.setItem(key, value);
  } catch {
    // Storage full or refused by the host: the choice lasts for this page only.
  }
}
