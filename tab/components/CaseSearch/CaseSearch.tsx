import { Field, SearchBox, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { AUDIENCE_LABELS, AUDIENCES, isAudience } from '../../../src/content/model';
import type { Audience } from '../../../src/content/model';
import type { SearchResultsView } from '../../../src/content/views';
import { searchCases, type SearchFilters } from '../../api';
import { CaseCard } from '../CaseCard/CaseCard';
import { CardList, Section } from '../Section/Section';
import { useCaseSearchStyles } from './CaseSearch.styles';

/** How long typing must pause before a search is sent. */
const TYPING_PAUSE_MS = 150;

/** The outcome of the latest finished search, shown until the next one finishes. */
type SearchState =
  { status: 'idle' } | { status: 'error' } | { status: 'ready'; results: SearchResultsView };

function describe(state: SearchState): string {
  switch (state.status) {
    case 'idle':
      return 'Type words or choose a factor or role to find case studies.';
    case 'error':
      return 'The search could not be completed. Try again in a moment.';
    case 'ready': {
      const count = state.results.hits.length;
      if (count === 0) return 'No case studies match. Try fewer words or other filters.';
      return count === 1 ? '1 case study matches.' : `${count} case studies match.`;
    }
  }
}

/**
 * Search over every case study, with factor and role filters; results arrive as you type. While
 * the next search runs the previous results stay, marked busy, and only its count is announced.
 */
export function CaseSearch({ factors }: { factors: string[] }) {
  const styles = useCaseSearchStyles();
  const [q, setQ] = useState('');
  const [factor, setFactor] = useState('');
  const [audience, setAudience] = useState<Audience | ''>('');
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const filters: SearchFilters = { q: q.trim() };
    if (factor) filters.factor = factor;
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
      searchCases(filters, controller.signal).then(
        (results) => settle({ status: 'ready', results }),
        () => settle({ status: 'error' }),
      );
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, factor, audience]);

  return (
    <Section title="Search case studies">
      <form role="search" className={styles.form} onSubmit={(event) => event.preventDefault()}>
        <Field label="Search words" className={styles.query}>
          <SearchBox
            className={styles.searchBox}
            value={q}
            onChange={(_, data) => setQ(data.value)}
          />
        </Field>
        <Field label="Factor">
          <Select value={factor} onChange={(_, data) => setFactor(data.value)}>
            <option value="">All factors</option>
            {factors.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Role">
          <Select
            value={audience}
            onChange={(_, data) => setAudience(isAudience(data.value) ? data.value : '')}
          >
            <option value="">All roles</option>
            {AUDIENCES.map((key) => (
              <option key={key} value={key}>
                {AUDIENCE_LABELS[key]}
              </option>
            ))}
          </Select>
        </Field>
      </form>
      <p className={styles.status} role="status" aria-live="polite">
        {describe(state)}
      </p>
      {state.status === 'ready' && state.results.hits.length > 0 && (
        <CardList busy={busy}>
          {state.results.hits.map((hit) => (
            <li key={hit.id}>
              <CaseCard
                caseStudy={hit}
                issueLabel={`Issue ${hit.issueNumber}: ${hit.issueTheme}`}
              />
            </li>
          ))}
        </CardList>
      )}
    </Section>
  );
}
