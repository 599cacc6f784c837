import type { Logger } from '../logger';
import type { Store } from '../store/types';

/** A hold on a tenant's lease; `lost` turns true when a renewal failed. */
export interface TenantLease {
  readonly lost: boolean;
  release(): Promise<void>;
}

interface Entry {
  refs: number;
  lost: boolean;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Leases `tenant:<id>` so one instance at a time sends a tenant's deliveries (the per-tenant
 * budget then holds across instances). Holds within this process share one lease, renewed every
 * third of its time to live while anything holds it, and released when the last hold ends.
 */
export class TenantLeases {
  private readonly entries = new Map<string, Entry>();
  private readonly acquiring = new Map<string, Promise<boolean>>();

  constructor(
    private readonly store: Store,
    private readonly holder: string,
    private readonly ttlMs: number,
    private readonly logger: Logger,
  ) {}

  /** Holds the tenant's lease, or returns undefined when another instance has it. */
  async hold(tenantId: string): Promise<TenantLease | undefined> {
    const pending = this.acquiring.get(tenantId);
    if (pending) await pending;
    const existing = this.entries.get(tenantId);
    if (existing && !existing.lost) return this.handle(tenantId, existing);
    const acquire = this.store.claims.acquireLease(leaseName(tenantId), this.holder, this.ttlMs);
    this.acquiring.set(tenantId, acquire);
    try {
      if (!(await acquire)) return undefined;
    } finally {
      this.acquiring.delete(tenantId);
    }
    const entry: Entry = { refs: 0, lost: false, timer: undefined };
    entry.timer = this.renewEvery(tenantId, entry);
    this.entries.set(tenantId, entry);
    return this.handle(tenantId, entry);
  }

  private handle(tenantId: string, entry: Entry): TenantLease {
    entry.refs += 1;
    let released = false;
    return {
      get lost() {
        return entry.lost;
      },
      release: async () => {
        if (released) return;
        released = true;
        entry.refs -= 1;
        if (entry.refs > 0) return;
        clearInterval(entry.timer);
        if (this.entries.get(tenantId) === entry) this.entries.delete(tenantId);
        if (!entry.lost) await this.store.claims.releaseLease(leaseName(tenantId), this.holder);
      },
    };
  }

  private renewEvery(tenantId: string, entry: Entry): NodeJS.Timeout {
    const timer = setInterval(
      () => {
        if (entry.lost || entry.refs === 0) return;
        this.store.claims
          .acquireLease(leaseName(tenantId), this.holder, this.ttlMs)
          .then((renewed) => {
            if (!renewed) this.markLost(tenantId, entry);
          })
          .catch((error: unknown) => {
            this.logger.warn({ err: error, tenantId }, 'tenant lease renewal failed');
            this.markLost(tenantId, entry);
          });
      },
      Math.max(10, Math.floor(this.ttlMs / 3)),
    );
    timer.unref();
    return timer;
  }

  private markLost(tenantId: string, entry: Entry): void {
    entry.lost = true;
    clearInterval(entry.timer);
    if (this.entries.get(tenantId) === entry) this.entries.delete(tenantId);
    this.logger.warn({ tenantId }, 'tenant lease lost; its remaining deliveries wait');
  }
}

function leaseName(tenantId: string): string {
  return `tenant:${tenantId}`;
}
