export {};

/**
 * `npm run bench`: each figure is printed beside a baseline measured in the same run, as a ratio,
 * never asserted on (machines are shared and noisy). `npm run bench -- tab` runs one part.
 */
const parts: Record<string, () => Promise<{ bench(): Promise<void> }>> = {
  tab: () => import('./tab'),
  fanout: () => import('./fanout'),
  ingest: () => import('./ingest'),
  extensions: () => import('./extensions'),
  'learning-record': () => import('./learning-record'),
  responses: () => import('./responses'),
  insights: () => import('./insights'),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in parts));
if (unknown.length > 0) {
  console.error(
    `Unknown bench part: ${unknown.join(', ')}. Parts: ${Object.keys(parts).join(', ')}.`,
  );
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(parts)) {
  console.log(`\n== ${name}`);
  const part = await parts[name]!();
  await part.bench();
}
