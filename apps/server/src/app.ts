import crypto from "node:crypto";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import fastifyWebsocket from "@fastify/websocket";
import Fastify from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import "./api/plugins/fastifyTypes";
import type { Logger } from "pino";
import { agentRoutes } from "./api/agents/agentRoutes";
import { avatarRoutes } from "./api/agents/avatarRoutes";
import { calendarRoutes } from "./api/calendars/calendarRoutes";
import { apiKeyRoutes } from "./api/apiKeys/apiKeyRoutes";
import { availabilityRoutes } from "./api/availability/availabilityRoutes";
import { authRoutes } from "./api/auth/authRoutes";
import { passwordLinkRoutes } from "./api/auth/passwordLinkRoutes";
import { companyRoutes } from "./api/companies/companyRoutes";
import type { App, AppContext } from "./api/context";
import { dialogueRoutes } from "./api/dialogues/dialogueRoutes";
import { fieldRoutes } from "./api/fields/fieldRoutes";
import { healthRoutes } from "./api/health/healthRoutes";
import { liveChatSettingsRoutes } from "./api/liveChatSettings/liveChatSettingsRoutes";
import { accountRouteRoutes } from "./api/routingConfig/accountRouteRoutes";
import { routingRuleRoutes } from "./api/routingConfig/routingRuleRoutes";
import { routingTargetRoutes } from "./api/routingConfig/routingTargetRoutes";
import { cannedResponseRoutes } from "./api/cannedResponses/cannedResponseRoutes";
import { libraryRoutes } from "./api/library/libraryRoutes";
import { offerRoutes } from "./api/offers/offerRoutes";
import { outboxRoutes } from "./api/outbox/outboxRoutes";
import { transferRoutes } from "./api/chats/transferRoutes";
import { manageMeetingRoutes } from "./api/meetings/manageMeetingRoutes";
import { meetingListRoutes } from "./api/meetings/meetingListRoutes";
import { meetingSettingsRoutes } from "./api/meetingSettings/meetingSettingsRoutes";
import { peopleRoutes } from "./api/people/peopleRoutes";
import { reportRoutes } from "./api/reports/reportRoutes";
import { retentionRoutes } from "./api/retention/retentionRoutes";
import { webhookRoutes } from "./api/webhooks/webhookRoutes";
import { importRoutes } from "./api/imports/importRoutes";
import { installAuthentication, type RouteEntry } from "./api/plugins/authenticate";
import { clientErrorHandler, frameworkErrors, installUrlLimit } from "./api/plugins/clientErrors";
import { installErrorDocs } from "./api/plugins/documentErrors";
import { installOpenApi } from "./api/openapi/installOpenApi";
import type { DocumentedRoute } from "./api/openapi/routeExamples";
import { installErrorHandler } from "./api/plugins/errorHandler";
import { roleRoutes } from "./api/roles/roleRoutes";
import { identitySecretRoutes } from "./api/sites/identitySecretRoutes";
import { siteRoutes } from "./api/sites/siteRoutes";
import { teamRoutes } from "./api/teams/teamRoutes";
import { userRoutes } from "./api/users/userRoutes";
import { WEB_DIST, webAppRoutes } from "./api/webAppRoutes";
import { bootstrapRoutes } from "./api/widget/bootstrapRoutes";
import { contentRoutes } from "./api/widget/contentRoutes";
import { meetingRoutes } from "./api/widget/meetingRoutes";
import { shareBookingRoutes } from "./api/meetings/shareBookingRoutes";
import { identifyRoutes } from "./api/widget/identifyRoutes";
import { visitorRoutes } from "./api/widget/visitorRoutes";
import { conversationRoutes } from "./api/conversations/conversationRoutes";
import { conversationListRoutes } from "./api/conversations/conversationListRoutes";
import { activityRoutes } from "./api/activities/activityRoutes";
import { inboxRoutes } from "./api/inbox/inboxRoutes";
import { chatRoutes } from "./api/chats/chatRoutes";
import { personDetailRoutes } from "./api/people/personDetailRoutes";
import { manageMeetingPage } from "./api/widget/manageMeetingPage";
import { widgetAssetRoutes } from "./api/widget/widgetAssetRoutes";
import { widgetPreviewPage } from "./api/widget/widgetPreviewPage";
import type { Bus } from "./bus/bus";
import { createMemoryBus } from "./bus/memoryBus";
import { createRedisBus } from "./bus/redisBus";
import { startSubscriptionCache } from "./domain/webhooks/subscriptionCache";
import { createMemoryPresence } from "./presence/memoryPresence";
import type { Presence } from "./presence/presence";
import { createRedisPresence } from "./presence/redisPresence";
import { createMemoryVisitorPresence } from "./presence/memoryVisitorPresence";
import { createRedisVisitorPresence } from "./presence/redisVisitorPresence";
import type { VisitorPresenceStore } from "./presence/visitorPresence";
import { announceVisitorPresence } from "./realtime/announceVisitorPresence";
import { createVisitorPresence } from "./realtime/visitorPresence";
import { systemTimers, type Timers } from "./lib/timers";
import type { WebhookOptions } from "./domain/engine/callWebhook";
import { type FirstRunResult, prepareFirstRun } from "./domain/instance/firstRun";
import { resolveSecretKey } from "./domain/instance/secretKey";
import type { Config } from "./env";
import type { PeopleListTuning } from "./domain/people/listPeople";
import { JobQueue } from "./jobs/jobQueue";
import { registerJobs } from "./jobs/registerJobs";
import { queueUnsentMail } from "./mail/queueUnsentMail";
import { realtimeRoutes } from "./realtime/realtimeRoutes";
import { openStore } from "./store/db";
import { migrateToLatest } from "./store/migrate";
import { withInstanceLock } from "./store/withInstanceLock";

export interface BuildOptions {
  /** Pass false to silence logs (tests). */
  logger?: boolean;
  heartbeatMs?: number;
  /** Extra trust for webhook calls (tests call a self-signed loopback server). */
  webhook?: WebhookOptions;
  random?: () => number;
  /** Job worker settings (tests shorten the lease, or keep the worker from starting). */
  jobs?: { leaseMs?: number; pollMs?: number; start?: boolean };
  /** Called with the SQL of every statement the store runs (tests count them). */
  onQuery?: (sql: string) => void;
  /** People list tuning (tests make a search "common" from a few matches: both plans on little data). */
  peopleList?: PeopleListTuning;
  /** Visitor presence's timers (tests move them by hand) and its offline debounce. */
  visitorPresence?: { timers?: Timers; offlineAfterMs?: number };
  /** Pass false to read a site's webhook subscriptions on every event again (the bench's baseline). */
  webhookSubscriptionCache?: boolean;
}

export interface Parley {
  app: App;
  ctx: AppContext;
  firstRun: FirstRunResult;
  /** Every /api route with the policy it declares. */
  routes: RouteEntry[];
  /** Every documented /api operation with its schemas and examples (the OpenAPI document's sources). */
  operations: DocumentedRoute[];
  close(): Promise<void>;
}

export const BODY_LIMIT_BYTES = 256 * 1024;

/** Names this deployment (its nodes share the secret key) without revealing the key: Redis keys of its own. */
const deploymentOf = (secretKey: string) =>
  crypto.createHash("sha256").update(`parley-deployment:${secretKey}`).digest("hex").slice(0, 16);

/** Builds one Parley node: store (migrated), bus, HTTP API, WebSocket and the web app. Does not listen. */
export async function buildParley(config: Config, options: BuildOptions = {}): Promise<Parley> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    clientErrorHandler,
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  const log = app.log as unknown as Logger;

  const store = openStore(
    config.database,
    (err) => log.warn({ err }, "database connection dropped"),
    options.onQuery,
  );
  let bus: Bus | null = null;
  let presence: Presence | null = null;
  let visitorStore: VisitorPresenceStore | null = null;
  let firstRun: FirstRunResult;
  let secretKey: string;
  try {
    await migrateToLatest(store.db);
    firstRun = await withInstanceLock(store, (db) => prepareFirstRun(db, config));
    secretKey = await resolveSecretKey(store.db, config.secretKey);
    bus = config.redisUrl ? await createRedisBus(config.redisUrl, log) : createMemoryBus();
    presence = config.redisUrl ? await createRedisPresence(config.redisUrl, log) : createMemoryPresence();
    visitorStore = config.redisUrl
      ? await createRedisVisitorPresence(config.redisUrl, log, deploymentOf(secretKey))
      : createMemoryVisitorPresence();
    if (options.webhookSubscriptionCache !== false) await startSubscriptionCache(store.db, bus);
  } catch (error) {
    await bus?.close();
    await presence?.close();
    await visitorStore?.close();
    await store.close();
    throw error;
  }
  const jobs = new JobQueue({
    store,
    log,
    leaseMs: options.jobs?.leaseMs ?? config.jobLeaseMs,
    pollMs: options.jobs?.pollMs,
  });
  const visitors = createVisitorPresence({
    store: visitorStore,
    timers: options.visitorPresence?.timers ?? systemTimers,
    offlineAfterMs: options.visitorPresence?.offlineAfterMs,
    announce: (siteId, visitorId, online) => announceVisitorPresence(ctx, siteId, visitorId, online),
    log,
  });
  const ctx: AppContext = {
    config,
    store,
    bus,
    presence,
    visitors,
    jobs,
    secretKey,
    webhook: { allow: config.outboundAllow, ...options.webhook },
    random: options.random,
    peopleList: options.peopleList,
  };
  registerJobs(jobs, ctx);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  installErrorHandler(app);
  installUrlLimit(app);
  await app.register(fastifyCookie);
  // Only for reply.sendFile: build folders are served by routes that look at the disk on each request.
  // A file's `.br`/`.gz` sibling (the widget build writes them) is sent to clients that accept it.
  await app.register(fastifyStatic, {
    root: WEB_DIST,
    serve: false,
    cacheControl: false,
    preCompressed: true,
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });
  const operations = await installOpenApi(app, config.version);
  const routes = installAuthentication(app, store);
  installErrorDocs(app);

  app.get("/api/openapi.json", { schema: { hide: true }, config: { policy: "public" } }, async () =>
    app.swagger(),
  );
  healthRoutes(app, ctx);
  authRoutes(app, ctx);
  passwordLinkRoutes(app, ctx);
  userRoutes(app, ctx);
  roleRoutes(app, ctx);
  teamRoutes(app, ctx);
  agentRoutes(app, ctx);
  avatarRoutes(app, ctx);
  liveChatSettingsRoutes(app, ctx);
  accountRouteRoutes(app, ctx);
  routingRuleRoutes(app, ctx);
  routingTargetRoutes(app, ctx);
  cannedResponseRoutes(app, ctx);
  apiKeyRoutes(app, ctx);
  siteRoutes(app, ctx);
  identitySecretRoutes(app, ctx);
  peopleRoutes(app, ctx);
  personDetailRoutes(app, ctx);
  conversationRoutes(app, ctx);
  conversationListRoutes(app, ctx);
  activityRoutes(app, ctx);
  inboxRoutes(app, ctx);
  chatRoutes(app, ctx);
  companyRoutes(app, ctx);
  fieldRoutes(app, ctx);
  dialogueRoutes(app, ctx);
  libraryRoutes(app, ctx);
  reportRoutes(app, ctx);
  retentionRoutes(app, ctx);
  webhookRoutes(app, ctx);
  await importRoutes(app, ctx);
  outboxRoutes(app, ctx);
  offerRoutes(app, ctx);
  transferRoutes(app, ctx);
  meetingListRoutes(app, ctx);
  manageMeetingRoutes(app, ctx);
  meetingSettingsRoutes(app, ctx);
  shareBookingRoutes(app, ctx);
  calendarRoutes(app, ctx);
  availabilityRoutes(app, ctx);
  visitorRoutes(app, ctx);
  bootstrapRoutes(app, ctx);
  contentRoutes(app, ctx);
  await meetingRoutes(app, ctx);
  await identifyRoutes(app, ctx);
  realtimeRoutes(app, ctx, { heartbeatMs: options.heartbeatMs ?? 30_000 });
  await webAppRoutes(app);
  await widgetAssetRoutes(app, ctx);
  await manageMeetingPage(app);
  await widgetPreviewPage(app, ctx);

  // Jobs stop before the store closes: running ones finish or are released to another node.
  app.addHook("onClose", async () => jobs.stop());
  // After the sockets closed (their last steps finish); this node's hold on its visitors lapses.
  app.addHook("onClose", async () => visitors.close());

  await app.ready();
  if (config.smtpUrl) {
    // Mail the outbox kept while no SMTP was configured goes out now (mail/queueUnsentMail.ts).
    try {
      const unsent = await queueUnsentMail(store.db);
      if (unsent.queued || unsent.tooOld) log.info(unsent, "mail kept without SMTP queued again");
    } catch (err) {
      log.warn({ err }, "could not queue the mail kept without SMTP; it stays unsent until the next start");
    }
  }
  if (options.jobs?.start !== false) await jobs.start();
  return {
    app,
    ctx,
    firstRun,
    routes,
    operations,
    async close() {
      await app.close();
      await ctx.bus.close();
      await ctx.presence.close();
      await visitorStore.close();
      await store.close();
    },
  };
}
