import { watch, type FSWatcher } from 'node:fs';
import type { Language } from '../i18n/language';
import type { Logger } from '../logger';
import { libraryCounts } from './library';
import { loadLibrary } from './loader';
import { formatProblem, type ContentProblem, type Library } from './model';
import { presentLibrary, type LibraryViews } from './present';
import { displayPath, InvalidContentError } from './problems';
import { CaseSearch } from './search';

/** One consistent library with its rendered views (in each language) and search index; never changes. */
export interface ContentSnapshot {
  readonly library: Library;
  readonly views: Readonly<Record<Language, LibraryViews>>;
  readonly search: CaseSearch;
}

/** Called after a valid change replaced the library. */
export type LibraryChangeListener = (previous: Library, current: Library) => void;

export interface LibrarySourceOptions {
  /** Quiet time after the last file event before reloading (default 300 ms). */
  debounceMs?: number;
}

/** Builds the views (English and Welsh) and search index of a library. */
export function createSnapshot(library: Library): ContentSnapshot {
  return Object.freeze({
    library,
    views: Object.freeze({ en: presentLibrary(library, 'en'), cy: presentLibrary(library, 'cy') }),
    search: CaseSearch.of(library),
  });
}

/**
 * The current library of `CONTENT_DIR`. Requests take `snapshot` once and use only it; a valid
 * change on disk swaps in a new snapshot, an invalid one is logged and refused.
 */
export class LibrarySource {
  private current: ContentSnapshot;
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private reloading: Promise<boolean> | undefined;
  private reloadAgain = false;
  private readonly listeners = new Set<LibraryChangeListener>();

  private constructor(
    private readonly dir: string,
    private readonly logger: Logger,
    private readonly debounceMs: number,
    snapshot: ContentSnapshot,
  ) {
    this.current = snapshot;
  }

  /** Loads and validates the library; throws `InvalidContentError` with every problem. */
  static async open(
    dir: string,
    logger: Logger,
    options: LibrarySourceOptions = {},
  ): Promise<LibrarySource> {
    const result = await loadLibrary(dir);
    if (!result.ok) throw new InvalidContentError(dir, result.problems);
    logWarnings(logger, result.warnings);
    logger.info({ dir: displayPath(dir), ...libraryCounts(result.library) }, 'content loaded');
    return new LibrarySource(dir, logger, options.debounceMs ?? 300, createSnapshot(result.library));
  }

  /** The library as it is now, with its views and search index. */
  get snapshot(): ContentSnapshot {
    return this.current;
  }

  /** Reloads after changes on disk (debounced) until `close()`. */
  watch(): void {
    if (this.watcher) return;
    this.watcher = watch(this.dir, { recursive: true }, () => this.schedule());
    this.watcher.on('error', (error) => this.logger.error({ err: error }, 'content watch failed'));
  }

  /** Adds a listener for valid changes; returns a function that removes it. */
  onChange(listener: LibraryChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Loads the library again: a valid one replaces the current snapshot, an invalid one is logged
   * problem by problem and kept out. Resolves to whether the library was replaced.
   */
  async reload(): Promise<boolean> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = this.load();
    try {
      return await this.reloading;
    } finally {
      this.reloading = undefined;
      if (this.reloadAgain) {
        this.reloadAgain = false;
        void this.reload();
      }
    }
  }

  /** Stops watching. */
  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.watcher?.close();
    this.watcher = undefined;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.reload();
    }, this.debounceMs);
  }

  private async load(): Promise<boolean> {
    let snapshot: ContentSnapshot;
    try {
      const result = await loadLibrary(this.dir);
      if (!result.ok) {
        for (const problem of result.problems) {
          this.logger.warn({ problem: formatProblem(problem) }, 'content problem');
        }
        this.logger.warn(
          { problems: result.problems.length },
          'content change refused; keeping the current library',
        );
        return false;
      }
      logWarnings(this.logger, result.warnings);
      snapshot = createSnapshot(result.library);
    } catch (error) {
      this.logger.error({ err: error }, 'content reload failed; keeping the current library');
      return false;
    }
    const previous = this.current.library;
    this.current = snapshot;
    this.logger.info(libraryCounts(snapshot.library), 'content reloaded');
    for (const listener of this.listeners) {
      try {
        listener(previous, snapshot.library);
      } catch (error) {
        this.logger.error({ err: error }, 'content change listener failed');
      }
    }
    return true;
  }
}

/** Each content warning (which does not stop a library loading) as a line in the log. */
function logWarnings(logger: Logger, warnings: readonly ContentProblem[]): void {
  for (const warning of warnings) {
    logger.warn({ warning: formatProblem(warning) }, 'content warning');
  }
}
