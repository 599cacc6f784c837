import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../src/config';
import { AppError } from '../src/errors';
import { commentsUsage, parseCommentsCommand, runCommentsCommand } from '../src/feedback';
import { createLogger } from '../src/logger';
import {
  parseTenantPrivacyCommand,
  runTenantPrivacyCommand,
  tenantPrivacyUsage,
} from '../src/privacy';
import { storeFor, type Store } from '../src/store';
import { parseTenantCommand, runTenantCommand, tenantsUsage } from '../src/tenants/admin';

/**
 * `npm run tenants -- list|add <id> [name]|suspend <id> [reason]|resume <id>` and
 * `set-retention <id> <months>|remove <id> [--yes]|comments <id> on|off` on DATABASE_URL.
 */
async function main(): Promise<number> {
  let run: (store: Store) => Promise<string>;
  try {
    const args = process.argv.slice(2);
    const privacyCommand = parseTenantPrivacyCommand(args);
    const commentsCommand = parseCommentsCommand(args);
    if (commentsCommand) {
      run = (store) => runCommentsCommand(store, commentsCommand);
    } else if (privacyCommand) {
      run = (store) =>
        runTenantPrivacyCommand(store, privacyCommand, {
          logger: createLogger('silent'),
          ask: process.stdin.isTTY ? askOnTerminal : undefined,
        });
    } else {
      const command = parseTenantCommand(args);
      run = (store) => runTenantCommand(store, command);
    }
  } catch (error) {
    const title = error instanceof AppError ? error.title : 'The command could not be read.';
    console.error(
      title === tenantsUsage ? `${tenantsUsage}\n${tenantPrivacyUsage}\n${commentsUsage}` : title,
    );
    return 2;
  }
  const store = storeFor(loadConfig());
  try {
    await store.migrate();
    console.log(await run(store));
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

/** Asks on the terminal (the prompt goes to stderr, so stdout keeps only the result). */
async function askOnTerminal(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}

process.exitCode = await main();
