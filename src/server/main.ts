import { parseArgs } from 'node:util';
import { environmentWithFiles, loadConfig } from '../config';
import { AppError } from '../errors';
import { InvalidContentError } from '../content';
import { createLogger } from '../logger';
import { startService } from './service';

/**
 * The whole service in one process, until SIGTERM or SIGINT. `--env local` (what `npm start`
 * passes) reads `env/.env.local` and its `.user` file under the process environment; without it,
 * only the process environment counts (as on App Service).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { env: { type: 'string' } } });
  let config;
  try {
    config = loadConfig(values.env ? environmentWithFiles(values.env) : process.env);
  } catch (error) {
    if (error instanceof AppError && error.name === 'Misconfigured') {
      console.error(`Configuration error: ${error.title}`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let service;
  try {
    service = await startService(config, logger);
  } catch (error) {
    if (error instanceof InvalidContentError) {
      console.error(error.message);
      process.exit(1);
    }
    logger.fatal({ err: error }, 'the service could not start');
    process.exit(1);
  }
  const running = service;
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

void main();
