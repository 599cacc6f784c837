import { pino } from 'pino';
import { LibrarySource } from '../src/content';
import type { LearningEntry } from '../src/store/types';
import {
  learningEntryView,
  learningRecordDocument,
  LEARNING_RECORD_FORMATS,
} from '../src/learning-record';
import { median, measure } from './measure';

const ENTRIES = 500;

/**
 * An officer's learning record of 500 entries exported as PDF, Word and CSV, each with its time
 * and the memory it held, beside a baseline of the same run: the same entries written as the
 * API's JSON list (what `GET /api/me/reflections` does for them). Each figure is the median of
 * a few runs.
 */
export async function bench(): Promise<void> {
  const content = await LibrarySource.open('content', pino({ level: 'silent' }));
  try {
    const snapshot = content.snapshot;
    const cases = snapshot.library.issues.flatMap((issue) => issue.cases.map((c) => c.id));
    const entries: LearningEntry[] = Array.from({ length: ENTRIES }, (_, index) => ({
      tenantId: 'aaaaaaaa-0000-4000-8000-00000000000a',
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      personId: 'bbbbbbbb-0000-4000-8000-00000000000b',
      caseId: cases[index % cases.length]!,
      reflection: `Entry ${index}: ${'What the case made me think about my own handovers and the risks I pass on. '.repeat(6)}`,
      application: 'Read the risk assessment aloud at handover and record who heard it. '.repeat(3),
      minutes: 15 + (index % 45),
      source: 'tab',
      createdAt: new Date(Date.UTC(2026, 0, 1) + index * 3_600_000),
      updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 3_600_000),
    }));
    const options = { language: 'en' as const, name: 'PC Example', madeAt: new Date() };

    const asJson = async () =>
      Buffer.from(
        JSON.stringify({
          entries: entries.map((entry) => learningEntryView(entry, snapshot.library, 'en')),
        }),
      );
    const baseline = await medianOf(5, asJson);
    console.log(
      `baseline, ${ENTRIES} entries as the API's JSON: ${baseline.ms.toFixed(0)} ms, ${mib(baseline.heap)} held, ${kib(baseline.bytes)}`,
    );
    for (const format of LEARNING_RECORD_FORMATS) {
      await measure(
        async () => (await learningRecordDocument(format, entries, snapshot, options)).bytes,
      );
      const made = await measure(
        async () => (await learningRecordDocument(format, entries, snapshot, options)).bytes,
      );
      console.log(
        `export of ${ENTRIES} entries as ${format}: ${made.ms.toFixed(0)} ms (x${(made.ms / baseline.ms).toFixed(1)} the baseline), ${mib(made.heap)} held (x${(made.heap / Math.max(baseline.heap, 1)).toFixed(1)}), ${kib(made.value.length)}`,
      );
    }
  } finally {
    content.close();
  }
}

/** The median time and heap of `runs` runs after one to warm up (the machine is shared). */
async function medianOf(
  runs: number,
  work: () => Promise<Buffer>,
): Promise<{ ms: number; heap: number; bytes: number }> {
  await measure(work);
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await measure(work));
  return {
    ms: median(results.map((result) => result.ms)),
    heap: median(results.map((result) => result.heap)),
    bytes: results[0]!.value.length,
  };
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
