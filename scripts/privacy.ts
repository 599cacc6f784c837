import { writeFile } from 'node:fs/promises';
import { loadConfig } from '../src/config';
import { AppError } from '../src/errors';
import { parsePrivacyCommand, runPrivacyCommand } from '../src/privacy/index';
import { storeFor } from '../src/store/index';

/**
 * `npm run privacy -- export <tenant> <entra object id> [--out file]` writes everything held about
 * that person as JSON (default stdout); `… erase <tenant> <entra object id>` removes their replies
 * and replaces their object id with a pseudonym in the settings and audit trail.
 */
async function main(): Promise<number> {
  let command;
  try {
    command = parsePrivacyCommand(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof AppError ? error.title : 'The command could not be read.');
    return 2;
  }
  const store = storeFor(loadConfig());
  try {
    await store.migrate();
    const output = await runPrivacyCommand(store, command);
    if (command.name === 'export' && command.out !== undefined) {
      await writeFile(command.out, output, { mode: 0o600 });
      console.error(`Written to ${command.out}.`);
    } else {
      process.stdout.write(output);
    }
    return 0;
  } catch (error) {
    console.error(error instanceof AppError ? error.title : 'The command failed.');
    if (!(error instanceof AppError)) console.error(error);
    return 1;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
