import type { Store } from '../../src/store/types';

/**
 * A database outage for tests: the real store behind a switch. While `down`, every call rejects
 * as a lost connection would (a store timeout, a PostgreSQL failover); otherwise calls go through.
 */
export class StoreOutage {
  down = false;
  /** Calls refused while down. */
  refused = 0;

  wrap(store: Store): Store {
    return this.behind(store);
  }

  /** The object with each of its methods, and those of its repositories, behind the switch. */
  private behind<T extends object>(object: T): T {
    return new Proxy(object, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value === 'object' && value !== null) return this.behind(value);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (this.down) {
            this.refused += 1;
            return Promise.reject(
              Object.assign(new Error('Connection terminated unexpectedly'), { code: '57P01' }),
            );
          }
          return (value as (...args: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }
}
