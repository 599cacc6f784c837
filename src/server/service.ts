import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Server } from 'restify';
import { createBot, createChannelPoster, createMeetingChatPoster, type BotDeps } from '../../bot';
import type { Config } from '../config';
import { LibrarySource, type Library } from '../content';
import { createDeliveryEngine, type DeliveryEngine } from '../delivery';
import { catchUpRecentThreads } from '../discussion/catch-up';
import { createDiscussionReader } from '../discussion/discussion-view';
import { createReplyIntake, type ReplyIntake } from '../discussion/intake';
import { createGraphTokenProvider, GraphService } from '../graph';
import {
  createMembershipCheck,
  createTabTokenVerifier,
  localMembership,
  type MembershipCheck,
} from '../identity';
import type { Logger } from '../logger';
import { announceNewIssue } from '../notices';
import { storeInsightSources } from '../insights';
import { createOperatorAccess, createOperatorTokenCheck } from '../operations';
import { startRetentionJob, type RetentionJob } from '../privacy';
import { BriefingSheets } from '../publication';
import { localRoster } from '../team-response';
import { DEFAULT_RETENTION_MONTHS, storeFor, type Store } from '../store';
import {
  consentSettingsFrom,
  createTenantAccess,
  seedLocalTeam,
  seedTenants,
  type TenantAccess,
} from '../tenants';
import { createApp } from './app';
import { adminStatusRoutes } from './routes/admin-status';
import { consentRoutes } from './routes/consent';
import { contentRoutes } from './routes/content';
import { createRateLimits, type RateLimitOptions, type RateLimits } from './rate-limit';
import { localSignIn, tokenSignIn, type SignIn } from './signed-in';
import { discussionRoutes, DISCUSSIONS_PATH } from './routes/discussions';
import { FEEDBACK_PATH, feedbackRoutes } from './routes/feedback';
import { ME_PATH, meRoutes } from './routes/me';
import { INSIGHTS_PATH, insightsRoutes, READS_PATH } from './routes/insights';
import { healthRoutes } from './routes/health';
import { meetingRoutes, MEETINGS_PATH } from './routes/meetings';
import { messagesRoutes } from './routes/messages';
import { pageRoutes } from './routes/pages';
import { pollRoutes, POLLS_PATH } from './routes/polls';
import { publicationRoutes } from './routes/publication';
import { reflectionRoutes, REFLECTIONS_PATH } from './routes/reflections';
import { FORCE_RESPONSES_PATH, responseRoutes, TEAM_RESPONSES_PATH } from './routes/responses';
import { tabRoutes } from './routes/tab';

/** The running service: one process, one port. */
export interface Service {
  readonly server: Server;
  readonly store: Store;
  readonly content: LibrarySource;
  readonly deliveries: DeliveryEngine;
  /** `http://host:port` it listens on. */
  readonly url: string;
  /** Stops taking requests and posting, finishes what is in flight, then closes the store. */
  stop(): Promise<void>;
}

export interface ServiceOptions {
  /** Runs the weekly scheduler, retention and catch-up (default true; tests may drive them). */
  background?: boolean;
  /**
   * Credentials for calls to the Bot Connector, instead of tokens from Microsoft's login
   * endpoint (which no setting can point elsewhere): tests stand in for the token endpoint.
   */
  credentialsFactory?: BotDeps['credentialsFactory'];
  /** The service's clock, for the delivery engine and the tenants' cache (tests move it on). */
  clock?: () => Date;
  /** Smaller rate budgets than the defaults (tests spend them in a few requests). */
  rateBudgets?: RateLimitOptions['budgets'];
}

/** Where `npm run build` writes the tab. */
const tabDir = path.resolve(import.meta.dirname, '../../dist/tab');

/** Graph in force tenants, where the app has an identity with a secret (not in local mode). */
function createGraph(config: Config, logger: Logger): GraphService | undefined {
  if (!config.bot?.appPassword) return undefined;
  return new GraphService({
    graphBaseUrl: config.graphBaseUrl,
    logger,
    tokens: createGraphTokenProvider({
      clientId: config.bot.appId,
      credential: { clientSecret: config.bot.appPassword },
      authorityHost: config.authorityHost,
      logger,
    }),
  });
}

/**
 * How signed-in routes know their caller and the caller's teams: in local mode the documented
 * local person and team; with an app identity, the tab's SSO token and, where there is Graph,
 * the teams' rosters (an app identity without Graph cannot tell who is in a team).
 */
function signInFor(
  config: Config,
  graph: GraphService | undefined,
  tenants: TenantAccess,
  rateLimits: RateLimits,
  logger: Logger,
): { signIn: SignIn; membership: MembershipCheck | undefined } {
  if (!config.bot) return { signIn: localSignIn(), membership: localMembership() };
  const verifier = createTabTokenVerifier({
    appId: config.bot.appId,
    authorityHost: config.authorityHost,
    tenants,
    logger,
    ...(config.bot.tenantId ? { publisherTenantId: config.bot.tenantId } : {}),
  });
  return {
    signIn: tokenSignIn(verifier, rateLimits),
    membership: graph && createMembershipCheck(graph),
  };
}

/** Opens the store (migrated) and the library (validated); fails before anything listens. */
async function openData(
  config: Config,
  logger: Logger,
): Promise<{ store: Store; content: LibrarySource }> {
  const store = storeFor(config, logger);
  try {
    await store.migrate();
    await seedTenants(store, config);
    if (config.localMode) await seedLocalTeam(store);
    return { store, content: await LibrarySource.open(config.contentDir, logger) };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/**
 * Wires the service from its configuration: store, library, tenants, Graph, bot, delivery
 * engine and routes; then listens and starts the background work.
 */
export async function startService(
  config: Config,
  logger: Logger,
  options: ServiceOptions = {},
): Promise<Service> {
  const { store, content } = await openData(config, logger);
  const library = (): Library => content.snapshot.library;
  const clock = options.clock;
  const tenantAccess = createTenantAccess(store, logger, {
    admitUnknown: config.allowedTenants === '*',
    ...(clock ? { now: () => clock().getTime() } : {}),
  });
  const graph = createGraph(config, logger);
  const replies = createReplyIntake({ store, tenants: tenantAccess, logger });
  const deliveries = createDeliveryEngine({
    store,
    library,
    poster: createChannelPoster(
      config,
      options.credentialsFactory ? { credentialsFactory: options.credentialsFactory } : {},
    ),
    ...(graph ? { graph } : {}),
    logger,
    instanceId: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    missedPostGraceHours: config.missedPostGraceHours,
    ...(clock ? { clock } : {}),
  });

  const rateLimits = createRateLimits({
    behindAppServiceFrontEnd: config.behindAppServiceFrontEnd,
    signedInPaths: [
      DISCUSSIONS_PATH,
      ME_PATH,
      MEETINGS_PATH,
      REFLECTIONS_PATH,
      TEAM_RESPONSES_PATH,
      FORCE_RESPONSES_PATH,
      FEEDBACK_PATH,
      POLLS_PATH,
      INSIGHTS_PATH,
      READS_PATH,
    ],
    ...(options.rateBudgets ? { budgets: options.rateBudgets } : {}),
  });
  const signedIn = signInFor(config, graph, tenantAccess, rateLimits, logger);
  const server = createApp(
    logger,
    [
      healthRoutes(
        { pingStore: () => store.ping(), libraryLoaded: () => library().issues.length > 0 },
        logger,
      ),
      contentRoutes(() => content.snapshot, logger),
      publicationRoutes({
        content: () => content.snapshot,
        sheets: new BriefingSheets(library),
        logger,
      }),
      discussionRoutes({
        logger,
        sso: signedIn.membership && {
          signIn: signedIn.signIn,
          readDiscussion: createDiscussionReader({
            store,
            ...(graph ? { graph } : {}),
            membership: signedIn.membership,
            logger,
          }),
        },
      }),
      meRoutes({
        logger,
        identity: signedIn.membership && {
          signIn: signedIn.signIn,
          membership: signedIn.membership,
          teams: store.teams,
          localMode: config.localMode,
        },
      }),
      reflectionRoutes({
        store,
        content: () => content.snapshot,
        signIn: signedIn.signIn,
        logger,
        ...(clock ? { clock } : {}),
      }),
      responseRoutes({
        logger,
        library,
        responses: signedIn.membership && {
          signIn: signedIn.signIn,
          membership: signedIn.membership,
          roster: graph ?? localRoster(),
          store,
          library,
          ...(clock ? { now: clock } : {}),
        },
      }),
      insightsRoutes({
        logger,
        signIn: signedIn.signIn,
        store,
        sources: storeInsightSources(store, library),
        caseTitle: (caseId, language) => {
          const caseStudy = library().caseStudy(caseId);
          if (!caseStudy) return null;
          return (language === 'cy' && caseStudy.welsh?.title) || caseStudy.title;
        },
        ...(clock ? { now: clock } : {}),
      }),
      meetingRoutes({
        logger,
        signIn: signedIn.signIn,
        meetingChats: {
          store,
          library,
          poster: createMeetingChatPoster(
            config,
            options.credentialsFactory ? { credentialsFactory: options.credentialsFactory } : {},
          ),
          logger,
          checkMembership: config.bot !== undefined,
        },
      }),
      feedbackRoutes({
        logger,
        signIn: signedIn.signIn,
        store,
        library,
        ...(clock ? { clock } : {}),
      }),
      pollRoutes({
        logger,
        signIn: signedIn.signIn,
        store,
        library,
        ...(clock ? { clock } : {}),
      }),
      consentRoutes({
        store,
        logger,
        settings: consentSettingsFrom(config),
        operator: createOperatorAccess({ operatorKey: config.operatorKey }),
      }),
      adminStatusRoutes({
        store,
        logger,
        operatorKey: config.operatorKey,
        ...(config.bot?.tenantId
          ? {
              operatorTokens: createOperatorTokenCheck({
                appId: config.bot.appId,
                publisherTenantId: config.bot.tenantId,
                authorityHost: config.authorityHost,
              }),
            }
          : {}),
      }),
      messagesRoutes(
        createBot({
          config,
          logger,
          store,
          library,
          deliveries,
          graph,
          tenantAccess,
          replies,
          ...(options.credentialsFactory ? { credentialsFactory: options.credentialsFactory } : {}),
        }),
        logger,
      ),
      pageRoutes(DEFAULT_RETENTION_MONTHS),
      tabRoutes(tabDir, { snapshot: () => content.snapshot, logger }),
    ],
    rateLimits,
  );

  await listen(server, config);
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  logger.info(
    { url, localMode: config.localMode, graph: graph !== undefined },
    'service listening',
  );

  content.watch();
  const background = options.background ?? true;
  const retention = background ? startRetentionJob({ store, logger }) : undefined;
  if (background) deliveries.start();
  const work = new BackgroundWork(logger);
  if (background && graph) {
    const deps = { store, graph, tenants: tenantAccess, logger, signal: work.signal };
    const announce = (latest: Library['latest']) => {
      if (latest)
        work.run(
          'new-issue notices',
          announceNewIssue({ ...deps, teamsAppId: config.teamsAppId }, latest),
        );
    };
    work.run('catch-up after start', catchUpRecentThreads(deps));
    announce(library().latest);
    content.onChange((previous, current) => {
      if ((current.latest?.number ?? 0) > (previous.latest?.number ?? 0)) announce(current.latest);
    });
  }

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= shutDown({
      server,
      store,
      content,
      deliveries,
      replies,
      retention,
      work,
      logger,
    });
    return stopping;
  };
  return { server, store, content, deliveries, url, stop };
}

/** Start-up work (catch-up, notices) that must not outlive the store: aborted and awaited at stop. */
class BackgroundWork {
  private readonly controller = new AbortController();
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  run(name: string, work: Promise<unknown>): void {
    const task: Promise<void> = work.then(
      () => undefined,
      (error: unknown) => this.logger.error({ err: error }, `${name} failed`),
    );
    this.running.add(task);
    void task.finally(() => this.running.delete(task));
  }

  /** Aborts, then waits for the work in hand (a Graph call under way) for at most `graceMs`. */
  async stop(graceMs = 2_000): Promise<void> {
    this.controller.abort();
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([Promise.all(this.running), grace]);
    clearTimeout(timer);
  }
}

async function listen(server: Server, config: Config): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function shutDown(parts: {
  server: Server;
  store: Store;
  content: LibrarySource;
  deliveries: DeliveryEngine;
  replies: ReplyIntake;
  retention: RetentionJob | undefined;
  work: BackgroundWork;
  logger: Logger;
}): Promise<void> {
  parts.content.close();
  parts.replies.stop();
  const closed = new Promise<void>((resolve) => parts.server.close(() => resolve()));
  parts.server.server.closeIdleConnections();
  await Promise.all([closed, parts.deliveries.stop(), parts.retention?.stop(), parts.work.stop()]);
  await parts.store.close();
  parts.logger.info('service stopped');
}
