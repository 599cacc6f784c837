import type { BotDeps } from '../../bot';
import { loadConfig } from '../../src/config';
import { createReplyIntake } from '../../src/discussion/intake';
import { createLogger } from '../../src/logger';
import type { Store } from '../../src/store/types';
import { testLibrary } from '../integration/bot/fixtures';

/**
 * What the bot needs, for a test: local mode, quiet logs, the test library, every tenant served,
 * no Graph and no delivery engine (post now is refused), replies stored in `store`; `overrides`
 * replace any of it. The one factory of bot dependencies in the tests.
 */
export function botDeps(store: Store, overrides: Partial<BotDeps> = {}): BotDeps {
  const logger = overrides.logger ?? createLogger('silent');
  const tenantAccess = overrides.tenantAccess ?? { isAllowed: async () => true };
  return {
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    logger,
    store,
    library: testLibrary,
    deliveries: { postNow: () => Promise.reject(new Error('no delivery engine in this test')) },
    graph: undefined,
    tenantAccess,
    replies: createReplyIntake({ store, tenants: tenantAccess, logger }),
    ...overrides,
  };
}
