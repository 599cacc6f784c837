import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Server } from 'restify';
import type { Config } from '../config';
import { LibrarySource } from '../content';
import type { Logger } from '../logger';
import { createStore, DEFAULT_RETENTION_MONTHS, type Store } from '../store';
import { createApp } from './app';
import { contentRoutes } from './routes/content';
import { healthRoutes } from './routes/health';
import { privacyRoutes } from './routes/privacy';
import { tabRoutes } from './routes/tab';

/** The running service: one process, one port. */
export interface Service {
  readonly server: Server;
  readonly store: Store;
  readonly content: LibrarySource;
  /** `http://host:port` it listens on. */
  readonly url: string;
  /** Stops taking requests, finishes those in flight, then closes the store. */
  stop(): Promise<void>;
}

/** Where `npm run build` writes the tab. */
const tabDir = path.resolve(import.meta.dirname, '../../dist/tab');

/**
 * Wires the service from its configuration: store (migrated), library (validated, watched),
 * routes; then listens. Fails before listening if the store or the library is not right.
 */
export async function startService(config: Config, logger: Logger): Promise<Service> {
  const store = createStore(config.databaseUrl, logger);
  let content: LibrarySource | undefined;
  try {
    await store.migrate();
    content = await LibrarySource.open(config.contentDir, logger);
  } catch (error) {
    await store.close();
    throw error;
  }
  const library = content;
  library.watch();

  const server = createApp(logger, [
    healthRoutes(
      {
        pingStore: () => store.ping(),
        libraryLoaded: () => library.snapshot.library.issues.length > 0,
      },
      logger,
    ),
    contentRoutes(() => library.snapshot, logger),
    privacyRoutes(DEFAULT_RETENTION_MONTHS),
    tabRoutes(tabDir),
  ]);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  logger.info({ url, localMode: config.localMode }, 'service listening');

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      library.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeIdleConnections?.();
      });
      await store.close();
      logger.info('service stopped');
    })();
    return stopping;
  };
  return { server, store, content: library, url, stop };
}
