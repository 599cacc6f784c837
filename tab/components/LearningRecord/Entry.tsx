import { Button } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { LearningEntryView } from '../../../src/content/views';
import { caseSubPage } from '../../../src/links';
import { changeLearningEntry, deleteLearningEntry } from '../../api';
import { useText } from '../../i18n';
import { TabLink } from '../TabLink/TabLink';
import { EntryForm } from './EntryForm';
import { useLearningRecordStyles } from './LearningRecord.styles';
import { useLearningText } from './learningText';

/**
 * One entry of the record: its case, when, time spent and where it was added, the officer's
 * words, and buttons to edit it (in place) or delete it (after a confirmation that takes focus).
 */
export function Entry({
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
