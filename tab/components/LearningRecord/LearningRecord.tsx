import { Button, Field, Input } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { LearningEntryView } from '../../../src/content/views';
import { caseSubPage, learningSubPage } from '../../../src/links';
import {
  addLearningEntry,
  changeLearningEntry,
  deleteLearningEntry,
  downloadLearningRecord,
  getCase,
  getLearningRecord,
  type LearningPeriodFilter,
} from '../../api';
import { useResource } from '../../hooks';
import { useText } from '../../i18n';
import { PageTitle } from '../PageTitle/PageTitle';
import { ErrorView, Loading } from '../Status/Status';
import { TabLink } from '../TabLink/TabLink';
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
      const { blob, fileName } = await downloadLearningRecord(format, period, language, inTeams);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
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

function Entry({
  entry,
  inTeams,
  onChanged,
}: {
  entry: LearningEntryView;
  inTeams: boolean;
  onChanged: (announcement: string) => void;
}) {
  const styles = useLearningRecordStyles();
  const { dateTime, language } = useText();
  const l = useLearningText();
  const [mode, setMode] = useState<'reading' | 'editing' | 'confirming'>('reading');
  const [failed, setFailed] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (mode === 'confirming') confirmButton.current?.focus();
    if (mode === 'reading' && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [mode]);
  const title = entry.caseTitle ?? l.text('learning.unknownCase', { caseId: entry.caseId });

  if (mode === 'editing') {
    return (
      <EntryForm
        title={l.text('learning.editing', { title })}
        initial={entry}
        onSave={async (fields) => {
          await changeLearningEntry(entry.id, fields, language, inTeams);
          onChanged(l.text('learning.saved'));
        }}
        onCancel={() => {
          returnFocus.current = true;
          setMode('reading');
        }}
      />
    );
  }
  return (
    <article aria-labelledby={`entry-${entry.id}`}>
      <h2 id={`entry-${entry.id}`} className={styles.entryTitle}>
        {entry.caseTitle ? (
          <TabLink href={`#${caseSubPage(entry.caseId)}`}>{entry.caseTitle}</TabLink>
        ) : (
          title
        )}
      </h2>
      <p className={styles.meta}>
        {entry.updatedAt === entry.createdAt
          ? l.text('learning.written', { date: dateTime(entry.createdAt) })
          : l.text('learning.changed', {
              date: dateTime(entry.createdAt),
              changed: dateTime(entry.updatedAt),
            })}
        {' · '}
        {l.text('learning.minutes', { minutes: entry.minutes })}
        {' · '}
        {l.text(`learning.source.${entry.source}`)}
      </p>
      <h3 className={styles.label}>{l.text('learning.reflection')}</h3>
      <p className={styles.words}>{entry.reflection}</p>
      <h3 className={styles.label}>{l.text('learning.application')}</h3>
      <p className={styles.words}>{entry.application || l.text('learning.noApplication')}</p>
      {mode === 'confirming' ? (
        <div role="group" aria-label={l.text('learning.confirmDelete')}>
          <p>{l.text('learning.confirmDelete')}</p>
          {failed && <p role="alert">{l.text('learning.deleteFailed')}</p>}
          <div className={styles.actions}>
            <Button
              ref={confirmButton}
              appearance="primary"
              onClick={() => {
                setFailed(false);
                deleteLearningEntry(entry.id, inTeams).then(
                  () => onChanged(l.text('learning.deleted')),
                  () => setFailed(true),
                );
              }}
            >
              {l.text('learning.confirm')}
            </Button>
            <Button
              onClick={() => {
                returnFocus.current = true;
                setMode('reading');
              }}
            >
              {l.text('learning.keep')}
            </Button>
          </div>
        </div>
      ) : (
        <div className={styles.actions}>
          <Button
            ref={editButton}
            aria-label={l.text('learning.editLabel', { title })}
            onClick={() => setMode('editing')}
          >
            {l.text('learning.edit')}
          </Button>
          <Button
            aria-label={l.text('learning.deleteLabel', { title })}
            onClick={() => setMode('confirming')}
          >
            {l.text('learning.delete')}
          </Button>
        </div>
      )}
    </article>
  );
}
