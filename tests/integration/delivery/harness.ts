import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChannelPoster } from '../../../bot';
import { loadConfig } from '../../../src/config';
import {
  createDeliveryEngine,
  type DeliveryEngine,
  type DeliveryEngineOptions,
} from '../../../src/delivery';
import { createLogger } from '../../../src/logger';
import { createStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';
import { FakeBotConnector, fanOutForces, type RateLimits } from '../../../testkit';

export const logger = createLogger('silent');

/** A SQLite store in a temp folder, the fake Bot Connector and the bot's real ChannelPoster. */
export class FanOutHarness {
  readonly connector: FakeBotConnector;
  readonly poster = createChannelPoster(loadConfig({ LOG_LEVEL: 'silent' }));
  readonly folder = mkdtempSync(join(tmpdir(), 'ltl-fanout-'));
  readonly databasePath = join(this.folder, 'store.sqlite');
  store!: Store;
  now = new Date('2027-01-11T09:00:00Z');
  private readonly engines: DeliveryEngine[] = [];

  constructor(rateLimits?: RateLimits | null) {
    this.connector = new FakeBotConnector({ rateLimits });
  }

  async open(): Promise<this> {
    await this.connector.start();
    this.store = createStore(this.databasePath);
    await this.store.migrate();
    return this;
  }

  engine(options: Partial<DeliveryEngineOptions> = {}): DeliveryEngine {
    const engine = createDeliveryEngine({
      store: this.store,
      library: () => fanOutForces.library,
      poster: this.poster,
      logger,
      clock: () => this.now,
      instanceId: 'instance-a',
      missedPostGraceHours: 24,
      retry: { baseDelayMs: 1, maxDelayMs: 10 },
      ...options,
    });
    this.engines.push(engine);
    return engine;
  }

  async close(): Promise<void> {
    await Promise.all(this.engines.map((engine) => engine.stop()));
    await this.store.close();
    await this.connector.stop();
    rmSync(this.folder, { recursive: true, force: true });
  }
}
