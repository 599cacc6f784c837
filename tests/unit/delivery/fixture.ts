import { mkdtempSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Library } from '../../../src/content/model';
import {
  createDeliveryEngine,
  type CasePost,
  type ChannelPoster,
  type ChannelTarget,
  type DeliveryEngine,
  type DeliveryEngineOptions,
} from '../../../src/delivery';
import { UpstreamError } from '../../../src/errors';
import { createStore } from '../../../src/store';
import type { ChannelMessageSummary, GraphOperations } from '../../../src/graph/ports';
import type { Delivery, Store, Subscription } from '../../../src/store/types';
import { sampleLibrary } from '../../../testkit';

export const TENANT = '11111111-1111-4111-8111-111111111111';
export const TEAM = '19:team-a@thread.tacv2';
export const silentLogger = pino({ level: 'silent' });

/** One post the in-test poster received. */
export interface ReceivedPost {
  target: ChannelTarget;
  post: CasePost;
  rootMessageId: string;
  at: Date;
}

/**
 * A ChannelPoster for unit tests: answers each post with a new root id, or with the next scripted
 * failure for that channel (an `UpstreamError`, or `'drop-after-post'`: the post lands, the caller
 * sees a dropped connection).
 */
export class ScriptedPoster implements ChannelPoster {
  readonly posted: ReceivedPost[] = [];
  readonly attempts: ChannelTarget[] = [];
  private readonly scripts = new Map<string, (UpstreamError | 'drop-after-post')[]>();
  private nextId = 1000;

  /** Fails the next posts to `channelId`, in order. */
  script(channelId: string, ...failures: (UpstreamError | 'drop-after-post')[]): void {
    this.scripts.set(channelId, [...(this.scripts.get(channelId) ?? []), ...failures]);
  }

  async postCase(target: ChannelTarget, post: CasePost): Promise<{ rootMessageId: string }> {
    this.attempts.push(target);
    const failure = this.scripts.get(target.channelId)?.shift();
    if (failure instanceof UpstreamError) throw failure;
    const rootMessageId = String((this.nextId += 1));
    this.posted.push({ target, post, rootMessageId, at: new Date() });
    if (failure === 'drop-after-post') throw new UpstreamError('bot-connector', 0, null);
    return { rootMessageId };
  }

  postsTo(channelId: string): ReceivedPost[] {
    return this.posted.filter((received) => received.target.channelId === channelId);
  }
}

/**
 * Graph as far as the crash window needs it: the channel's root messages are what the poster
 * received, each carrying its card (with the delivery id) as an Adaptive Card attachment.
 */
export class ChannelReader implements GraphOperations {
  reads = 0;
  failing = false;

  constructor(private readonly poster: ScriptedPoster) {}

  async listRecentChannelMessages(
    _tenantId: string,
    _graphGroupId: string,
    channelId: string,
    since: Date,
  ): Promise<ChannelMessageSummary[]> {
    this.reads += 1;
    if (this.failing) throw new Error('Graph answered 503');
    return this.poster
      .postsTo(channelId)
      .filter((received) => received.at >= since)
      .map((received) => ({
        id: received.rootMessageId,
        replyToId: null,
        createdDateTime: received.at.toISOString(),
        lastModifiedDateTime: null,
        deletedDateTime: null,
        from: null,
        body: { contentType: 'html' as const, content: '<attachment id="card"></attachment>' },
        attachments: [
          {
            contentType: 'application/vnd.microsoft.card.adaptive',
            content: JSON.stringify({
              type: 'AdaptiveCard',
              body: [{ type: 'TextBlock', text: `Ref ${received.post.deliveryId}` }],
            }),
          },
        ],
      }))
      .reverse();
  }

  listTeamOwners(): Promise<string[]> {
    throw new Error('not used by delivery');
  }

  listReplies(): Promise<ChannelMessageSummary[]> {
    throw new Error('not used by delivery');
  }

  sendActivityNotice(): Promise<void> {
    throw new Error('not used by delivery');
  }
}

/** A temp SQLite store with one tenant and team, a library, a poster and a settable clock. */
export class DeliveryFixture {
  readonly poster = new ScriptedPoster();
  library: Library = sampleLibrary([
    { number: 43, theme: 'Mental health', publishedOn: '2024-03-01', cases: 2 },
    { number: 44, theme: 'Corruption', publishedOn: '2024-10-15', cases: 3 },
  ]);
  now = new Date('2027-01-11T09:00:00Z');
  private readonly folder = mkdtempSync(join(tmpdir(), 'ltl-delivery-'));
  private readonly engines: DeliveryEngine[] = [];
  private readonly stores: Store[] = [];
  store!: Store;

  async open(): Promise<this> {
    this.store = createStore(join(this.folder, 'store.sqlite'));
    await this.store.migrate();
    await this.store.tenants.ensure(TENANT, 'consented', 'Test force');
    await this.store.teams.upsert({
      tenantId: TENANT,
      id: TEAM,
      graphGroupId: 'a0a0a0a0-0000-4000-8000-000000000001',
      name: 'Response team',
      serviceUrl: 'https://smba.example/uk/',
      installedAt: new Date(),
    });
    return this;
  }

  /**
   * Rewrites when a subscription was created and last changed, as if it had been saved earlier
   * (the store stamps its own clock, which tests cannot move).
   */
  setSubscriptionTimes(id: string, createdAt: Date, updatedAt: Date): void {
    const db = new Database(join(this.folder, 'store.sqlite'));
    try {
      db.prepare('UPDATE subscriptions SET created_at = ?, updated_at = ? WHERE id = ?').run(
        createdAt.toISOString(),
        updatedAt.toISOString(),
        id,
      );
    } finally {
      db.close();
    }
  }

  /** Subscribes a channel (Monday 09:00 London unless told otherwise). */
  async subscribe(channelId: string, settings: Partial<Subscription> = {}): Promise<Subscription> {
    await this.store.teams.upsertChannel({
      tenantId: TENANT,
      teamId: TEAM,
      id: channelId,
      name: channelId,
    });
    return this.store.subscriptions.save({
      tenantId: TENANT,
      teamId: TEAM,
      channelId,
      weekday: 1,
      time: '09:00',
      timeZone: 'Europe/London',
      audiences: ['officers-and-staff'],
      themes: [],
      notifyNewIssues: false,
      status: 'active',
      statusReason: null,
      updatedBy: 'owner-1',
      ...settings,
    });
  }

  /**
   * A delivery as a crash leaves it: claimed (`sending`, case chosen) and, when `landed`, already
   * in the channel without its root id recorded.
   */
  async crashedDelivery(subscription: Subscription, landed: boolean): Promise<Delivery> {
    const { delivery } = await this.store.deliveries.create({
      subscriptionId: subscription.id,
      tenantId: TENANT,
      teamId: TEAM,
      channelId: subscription.channelId,
      weekKey: '2027-W02',
      caseId: '',
      dueAt: new Date('2027-01-11T09:00:00Z'),
    });
    const sending = await this.store.deliveries.transition(delivery.id, 'pending', {
      status: 'sending',
      caseId: '44-1',
    });
    if (landed) {
      const issue = this.library.issue(44)!;
      await this.poster.postCase(
        {
          tenantId: TENANT,
          teamId: TEAM,
          channelId: subscription.channelId,
          serviceUrl: 'https://smba.example/uk/',
        },
        {
          deliveryId: delivery.id,
          issue,
          caseStudy: issue.cases[0]!,
          audiences: [],
          lastDiscussionParticipants: null,
          language: 'en',
        },
      );
    }
    return sending!;
  }

  /** Another Store on the same SQLite file, as a second instance would open. */
  async secondStore(): Promise<Store> {
    const store = createStore(join(this.folder, 'store.sqlite'));
    await store.migrate();
    this.stores.push(store);
    return store;
  }

  engine(options: Partial<DeliveryEngineOptions> = {}): DeliveryEngine {
    const engine = createDeliveryEngine({
      store: this.store,
      library: () => this.library,
      poster: this.poster,
      logger: silentLogger,
      clock: () => this.now,
      instanceId: 'instance-a',
      missedPostGraceHours: 24,
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
      ...options,
    });
    this.engines.push(engine);
    return engine;
  }

  async close(): Promise<void> {
    await Promise.all(this.engines.map((engine) => engine.stop()));
    await Promise.all([this.store, ...this.stores].map((store) => store.close()));
    rmSync(this.folder, { recursive: true, force: true });
  }
}
