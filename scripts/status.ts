import { loadConfig } from '../src/config';
import { collectStatus, formatStatus } from '../src/operations/index';
import { storeFor } from '../src/store/index';

/** `npm run status [-- --json]`: per tenant, this week's posts, what is stuck, and replies held. */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.some((arg) => arg !== '--json')) {
    console.error('usage: npm run status [-- --json]');
    return 2;
  }
  const store = storeFor(loadConfig());
  try {
    await store.migrate();
    const status = await collectStatus(store, new Date());
    console.log(args.includes('--json') ? JSON.stringify(status, null, 2) : formatStatus(status));
    return 0;
  } catch (error) {
    console.error('The status could not be read.');
    console.error(error);
    return 1;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
