import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { LearningEntryView } from '../../../src/content/views';
import { learningSubPage } from '../../../src/links';
import {
  addLearningEntry,
  downloadLearningRecord,
  getCase,
  getLearningRecord,
  type LearningPeriodFilter,
} from '../../api';
import { useResource } from '../../hooks';
import { useText } from '../../i18n';
import { PageTitle } from '../PageTitle/PageTitle';
import { ErrorView, Loading } from '../Status/Status';
import { Entry } from './Entry';
import { EntryForm } from './EntryForm';
import { useLearningRecordStyles } from './LearningRecord.styles';
import { useLearningText } from './learningText';

export interface LearningRecordProps {
  /** A case to write a new entry about (from the case page), or null. */
  addCaseId: string | null;
  inTeams: boolean;
}

/**
 * "My learning": the signed-in officer's private learning record, newest first, filtered by the
 * days it was written; each entry can be edited or deleted, and a case page opens the form to
 * add one. What changed is announced.
 */
export default function LearningRecord({ addCaseId, inTeams }: LearningRecordProps) {
  const styles = useLearningRecordStyles();
  const { text, language } = useText();
  const l = useLearningText();
  const [period, setPeriod] = useState<LearningPeriodFilter>({});
  const [version, setVersion] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const record = useResource(
    (signal) => getLearningRecord(period, language, inTeams, signal),
    [period.from, period.to, language, inTeams, version],
  );
  const changed = (message: string) => {
    setAnnouncement(message);
    setVersion((n) => n + 1);
  };

  if (record.status === 'error') {
    return (
      <ErrorView
        titles={{ notFound: 'learning.unavailable', other: 'learning.unavailable' }}
        what={text('learning.error')}
        error={record.error}
      />
    );
  }
  return (
    <>
      <PageTitle>{l.text('learning.title')}</PageTitle>
      <p className={styles.private}>{l.text('learning.private')}</p>
      <p role="status">{announcement}</p>
      {addCaseId && (
        <AddEntry
          key={addCaseId}
          caseId={addCaseId}
          inTeams={inTeams}
          onDone={(saved) => {
            window.location.hash = `#${learningSubPage()}`;
            if (saved) changed(l.text('learning.saved'));
          }}
        />
      )}
      <fieldset className={styles.filter}>
        <legend className={styles.legend}>{l.text('learning.filter')}</legend>
        <Field label={l.text('learning.from')}>
          <Input
            type="date"
            value={period.from ?? ''}
            max={period.to}
            onChange={(_event, data) => setPeriod((p) => ({ ...p, from: data.value || undefined }))}
          />
        </Field>
        <Field label={l.text('learning.to')}>
          <Input
            type="date"
            value={period.to ?? ''}
            min={period.from}
            onChange={(_event, data) => setPeriod((p) => ({ ...p, to: data.value || undefined }))}
          />
        </Field>
        {(period.from || period.to) && (
          <Button onClick={() => setPeriod({})}>{l.text('learning.clearFilter')}</Button>
        )}
      </fieldset>
      {record.status === 'ready' && record.data.entries.length > 0 && (
        <Exports period={period} inTeams={inTeams} />
      )}
      {record.status === 'loading' ? (
        <Loading label={l.text('learning.loading')} />
      ) : (
        <Entries
          entries={record.data.entries}
          filtered={period.from !== undefined || period.to !== undefined}
          inTeams={inTeams}
          onChanged={changed}
        />
      )}
    </>
  );
}

const FORMATS = ['pdf', 'docx', 'csv'] as const;

/** Downloads the record as shown (the same days) as a PDF, Word or CSV document. */
function Exports({ period, inTeams }: { period: LearningPeriodFilter; inTeams: boolean }) {
  const styles = useLearningRecordStyles();
  const { language } = useText();
  const l = useLearningText();
  const [failed, setFailed] = useState(false);
  const save = async (format: (typeof FORMATS)[number]) => {
    setFailed(false);
    try {
      await downloadLearningRecord(format, period, language, inTeams);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div role="group" aria-label={l.text('learning.export')} className={styles.exports}>
      <span>{l.text('learning.export')}</span>
      {FORMATS.map((format) => (
        <Button key={format} onClick={() => void save(format)}>
          {l.text(`learning.export.${format}`)}
        </Button>
      ))}
      {failed && <p role="alert">{l.text('learning.exportFailed')}</p>}
    </div>
  );
}

function AddEntry({
  caseId,
  inTeams,
  onDone,
}: {
  caseId: string;
  inTeams: boolean;
  onDone: (saved: boolean) => void;
}) {
  const { language } = useText();
  const l = useLearningText();
  const caseStudy = useResource((signal) => getCase(caseId, language, signal), [caseId, language]);
  const title =
    caseStudy.status === 'ready'
      ? caseStudy.data.title
      : l.text('learning.unknownCase', { caseId });
  if (caseStudy.status === 'loading') return <Loading label={l.text('learning.loading')} />;
  return (
    <EntryForm
      title={l.text('learning.add', { title })}
      onSave={async (fields) => {
        await addLearningEntry(caseId, fields, language, inTeams);
        onDone(true);
      }}
      onCancel={() => onDone(false)}
    />
  );
}

function Entries({
  entries,
  filtered,
  inTeams,
  onChanged,
}: {
  entries: LearningEntryView[];
  filtered: boolean;
  inTeams: boolean;
  onChanged: (announcement: string) => void;
}) {
  const styles = useLearningRecordStyles();
  const l = useLearningText();
  const minutes = entries.reduce((sum, entry) => sum + entry.minutes, 0);
  if (entries.length === 0) {
    return <p>{l.text(filtered ? 'learning.emptyFiltered' : 'learning.empty')}</p>;
  }
  return (
    <section aria-label={l.text('learning.entries')}>
      <p>{l.text('learning.count', { count: entries.length, minutes })}</p>
      <ul className={styles.entries}>
        {entries.map((entry) => (
          <li key={entry.id} className={styles.entry}>
            <Entry entry={entry} inTeams={inTeams} onChanged={onChanged} />
          </li>
        ))}
      </ul>
    </section>
  );
}
