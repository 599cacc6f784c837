import { loadConfig } from '../src/config';
import { AppError } from '../src/errors';
import { createStore } from '../src/store';
import { parseTenantCommand, runTenantCommand } from '../src/tenants/admin';

/** `npm run tenants -- list|add <id> [name]|suspend <id> [reason]|resume <id>` on DATABASE_URL. */
async function main(): Promise<number> {
  let command;
  try {
    command = parseTenantCommand(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof AppError ? error.title : 'The command could not be read.');
    return 2;
  }
  const store = createStore(loadConfig().databaseUrl);
  try {
    await store.migrate();
    console.log(await runTenantCommand(store, command));
    return 0;
  } catch (error) {
    console.error(
      error instanceof AppError ? error.title : 'The tenants table could not be changed.',
    );
    if (!(error instanceof AppError)) console.error(error);
    return 1;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
