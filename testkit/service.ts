import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startService, type Service } from '../src/server/service';

export interface TestServiceOptions {
  /** Defaults to the sample library in ./content. */
  contentDir?: string;
  /** Extra environment, as a deployment would set it. */
  env?: Record<string, string>;
  /** Run the scheduler, retention and catch-up (default true). */
  background?: boolean;
}

export interface TestService {
  baseUrl: string;
  service: Service;
  /** The store's folder, removed on stop. */
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * The real service on a random loopback port (with an app identity too), with a fresh SQLite file
 * (unless `env` names a `DATABASE_URL`), quiet logs, and everything removed on `stop()`.
 */
export async function startTestService(options: TestServiceOptions = {}): Promise<TestService> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ltl-service-'));
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: path.join(dataDir, 'ltl.sqlite'),
    CONTENT_DIR: options.contentDir ?? 'content',
    ...options.env,
  });
  const service = await startService(
    { ...config, host: '127.0.0.1' },
    createLogger(config.logLevel),
    {
      background: options.background ?? true,
    },
  );
  return {
    baseUrl: service.url,
    service,
    dataDir,
    async stop() {
      await service.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
