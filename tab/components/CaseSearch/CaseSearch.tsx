import { Field, SearchBox, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { AUDIENCES, isAudience } from '../../../src/content/model';
import type { SearchHitView, SearchResultsView } from '../../../src/content/views';
import { searchCases, type SearchFilters } from '../../api';
import type { LibraryQuery } from '../../hooks';
import { richText, useContentLang, useText, type TabText } from '../../i18n';
import { CaseCard } from '../CaseCard/CaseCard';
import { CardList, Section } from '../Section/Section';
import { useCaseSearchStyles } from './CaseSearch.styles';

/** How long typing must pause before a search is sent. */
const TYPING_PAUSE_MS = 150;

/** The outcome of the latest finished search, shown until the next one finishes. */
type SearchState =
  { status: 'idle' } | { status: 'error' } | { status: 'ready'; results: SearchResultsView };

function describe(state: SearchState, { text }: TabText): string {
  switch (state.status) {
    case 'idle':
      return text('search.idle');
    case 'error':
      return text('search.error');
    case 'ready': {
      const count = state.results.hits.length;
      return count === 0 ? text('search.none') : text('search.count', { count });
    }
  }
}

export interface CaseSearchProps {
  factors: string[];
  /** Factors with no name in the reader's language, marked as English. */
  englishNames: string[];
  query: LibraryQuery;
  onQueryChange(change: Partial<LibraryQuery>): void;
}

function HitIssue({ hit }: { hit: SearchHitView }) {
  const t = useText();
  const lang = useContentLang(hit.issueLanguage);
  return richText(t, 'search.hitIssue', {
    number: hit.issueNumber,
    theme: <span {...lang}>{hit.issueTheme}</span>,
  });
}

/**
 * Search over every case study, with factor and role filters; results arrive as you type. While
 * the next search runs the previous results stay, marked busy, and only its count is announced.
 * The words and filters live in the URL (`query`), so back returns to the same results.
 */
export function CaseSearch({ factors, englishNames, query, onQueryChange }: CaseSearchProps) {
  const styles = useCaseSearchStyles();
  const t = useText();
  const { text, language } = t;
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const [busy, setBusy] = useState(false);
  const audience = isAudience(query.role) ? query.role : '';

  useEffect(() => {
    const filters: SearchFilters = { q: query.q.trim() };
    if (query.factor) filters.factor = query.factor;
    if (audience) filters.audience = audience;
    if (!filters.q && !filters.factor && !filters.audience) {
      setState({ status: 'idle' });
      setBusy(false);
      return;
    }
    const controller = new AbortController();
    const settle = (next: SearchState) => {
      if (controller.signal.aborted) return;
      setState(next);
      setBusy(false);
    };
    setBusy(true);
    const timer = setTimeout(() => {
      searchCases(filters, language, controller.signal).then(
        (results) => settle({ status: 'ready', results }),
        () => settle({ status: 'error' }),
      );
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query.q, query.factor, audience, language]);

  return (
    <Section title={text('search.title')}>
      <form role="search" className={styles.form} onSubmit={(event) => event.preventDefault()}>
        <Field label={text('search.words')} className={styles.query}>
          <SearchBox
            className={styles.searchBox}
            value={query.q}
            onChange={(_, data) => onQueryChange({ q: data.value })}
          />
        </Field>
        <Field label={text('search.factor')}>
          <Select
            value={query.factor}
            onChange={(_, data) => onQueryChange({ factor: data.value })}
          >
            <option value="">{text('search.allFactors')}</option>
            {factors.map((name) => (
              <option key={name} value={name} lang={englishNames.includes(name) ? 'en' : undefined}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={text('search.role')}>
          <Select
            value={audience}
            onChange={(_, data) =>
              onQueryChange({ role: isAudience(data.value) ? data.value : '' })
            }
          >
            <option value="">{text('search.allRoles')}</option>
            {AUDIENCES.map((key) => (
              <option key={key} value={key}>
                {text(`audience.${key}`)}
              </option>
            ))}
          </Select>
        </Field>
      </form>
      <p className={styles.status} role="status" aria-live="polite">
        {describe(state, t)}
      </p>
      {state.status === 'ready' && state.results.hits.length > 0 && (
        <CardList busy={busy}>
          {state.results.hits.map((hit) => (
            <li key={hit.id}>
              <CaseCard caseStudy={hit} issueLabel={<HitIssue hit={hit} />} />
            </li>
          ))}
        </CardList>
      )}
    </Section>
  );
}
