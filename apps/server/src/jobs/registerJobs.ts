import type { AppContext } from "../api/context";
import {
  CALENDAR_SYNC_DUE_JOB,
  CALENDAR_SYNC_JOB,
  enqueueDueCalendarSyncs,
  runCalendarSync,
  SYNC_DUE_EVERY_MS,
} from "../calendar/calendarSyncJobs";
import { CALENDAR_WRITE_JOB } from "../calendar/enqueueCalendarWrite";
import { runCalendarWrite } from "../calendar/runCalendarWrite";
import { SWEEP_AGENT_PRESENCE_EVERY_MS, sweepAgentPresence } from "../domain/agents/sweepAgentPresence";
import { runChatInactivityJob } from "../domain/chat/runChatInactivityJob";
import { INACTIVITY_JOB } from "../domain/chat/scheduleChatInactivity";
import { WEBHOOK_JOB } from "../domain/engine/enqueueWebhookCall";
import { markDroppedConversations } from "../domain/engine/markDroppedConversations";
import { runWebhookJob } from "../domain/engine/runWebhookJob";
import { WEBHOOK_DELIVERY_JOB } from "../domain/webhooks/enqueueDelivery";
import { runWebhookDelivery } from "../domain/webhooks/runWebhookDelivery";
import { MEETING_RESULT_JOB, runMeetingResult } from "../domain/meetings/runMeetingResult";
import { MEETING_INVITATIONS_JOB } from "../domain/meetings/queueInvitations";
import { sendMeetingInvitations } from "../domain/meetings/sendMeetingInvitations";
import { createMailTransport } from "../mail/mailTransport";
import { MAIL_SEND_JOB } from "../mail/queueMail";
import { sendOutboxMail } from "../mail/sendOutboxMail";
import { ROLLUP_EVERY_MS, ROLLUP_JOB, rollUpReports } from "../domain/reports/rollup/rollUpReports";
import {
  purgeAllSites,
  RETENTION_PURGE_EVERY_MS,
  RETENTION_PURGE_JOB,
  RETENTION_RUN_JOB,
  runRequestedPurge,
} from "../domain/retention/retentionJobs";
import { CALENDAR_ERASE_JOB, runCalendarErase } from "../domain/retention/eraseCalendarEvents";
import { purgeRateLimitCounters } from "../domain/rateLimits/purgeRateLimitCounters";
import { QUEUE_JOB } from "../domain/routing/closeOffer";
import { OFFER_TIMEOUT_JOB } from "../domain/routing/offerChat";
import { offerQueuedChats } from "../domain/routing/offerQueuedChats";
import { QUEUE_TIMEOUT_JOB } from "../domain/routing/queueChat";
import { ROUTE_JOB } from "../domain/routing/requestLiveChat";
import { LIVECHAT_RESULT_JOB, runLiveChatResult } from "../domain/routing/runLiveChatResult";
import { runRoutingJobs } from "../domain/routing/runRoutingJobs";
import { PURGE_IMPORT_FILES_EVERY_MS, purgeImportFiles } from "../domain/imports/purgeImportFiles";
import { IMPORT_JOB, runImport } from "../domain/imports/runImport";
import type { JobQueue } from "./jobQueue";
import { purgeFinishedJobs } from "./purgeFinishedJobs";

/** Every kind of durable job this node runs, and the recurring ones. Add new kinds here. */
export function registerJobs(queue: JobQueue, ctx: AppContext): void {
  queue.every("conversations.markDropped", 60_000, async () => {
    return { dropped: await markDroppedConversations(ctx.store.db) };
  });
  queue.every("jobs.purgeFinished", 60 * 60_000, async () => {
    return { removed: await purgeFinishedJobs(ctx.store.db) };
  });
  queue.register(WEBHOOK_JOB, (payload) => runWebhookJob(ctx, payload));
  // Webhook subscriptions (domain/webhooks): one job per delivery attempt.
  queue.register(WEBHOOK_DELIVERY_JOB, (payload) => runWebhookDelivery(ctx, payload));
  queue.register(INACTIVITY_JOB, (payload, job) => runChatInactivityJob(ctx, payload, job));
  queue.register(
    MAIL_SEND_JOB,
    sendOutboxMail(ctx.store.db, createMailTransport(ctx.config.smtpUrl), ctx.config.mailFrom),
  );
  // Live chat routing (domain/routing): each job one decision in one transaction.
  queue.register(ROUTE_JOB, (payload) => runRoutingJobs.route(ctx, payload));
  queue.register(OFFER_TIMEOUT_JOB, (payload) => runRoutingJobs.offerTimeout(ctx, payload));
  queue.register(QUEUE_TIMEOUT_JOB, (payload) => runRoutingJobs.queueTimeout(ctx, payload));
  queue.register(LIVECHAT_RESULT_JOB, (payload) => runLiveChatResult(ctx, payload));
  // A booked or declined meeting offer tells its card (booked / not-booked branch).
  queue.register(MEETING_RESULT_JOB, (payload) => runMeetingResult(ctx, payload));
  // A booked, moved or cancelled meeting's two mails, written after its commit (queueInvitations).
  queue.register(MEETING_INVITATIONS_JOB, (payload) => sendMeetingInvitations(ctx, payload));
  queue.register(QUEUE_JOB, (payload) => offerQueuedChats(ctx, (payload as { siteId: string }).siteId));
  // Retention (domain/retention): every class of every site in short batches, hourly; "Run now" per site.
  queue.every(RETENTION_PURGE_JOB, RETENTION_PURGE_EVERY_MS, () => purgeAllSites(ctx.store.db));
  queue.register(RETENTION_RUN_JOB, (payload) => runRequestedPurge(ctx.store.db, payload));
  // An erased person's meeting events deleted from hosts' CalDAV calendars, retried until reachable.
  queue.register(CALENDAR_ERASE_JOB, (payload) => runCalendarErase(ctx, payload));
  queue.every("agents.sweepPresence", SWEEP_AGENT_PRESENCE_EVERY_MS, () => sweepAgentPresence(ctx));
  // Calendars (calendar/): busy times read per connection, booked meetings written to CalDAV.
  queue.register(CALENDAR_SYNC_JOB, (payload) => runCalendarSync(ctx, payload));
  queue.every(CALENDAR_SYNC_DUE_JOB, SYNC_DUE_EVERY_MS, () => enqueueDueCalendarSyncs(ctx));
  queue.register(CALENDAR_WRITE_JOB, (payload, job) => runCalendarWrite(ctx, payload, job));
  // Reports: finished site-local days of events rolled up (kept when raw events are purged).
  queue.every(ROLLUP_JOB, ROLLUP_EVERY_MS, () => rollUpReports(ctx.store.db));
  queue.every("rateLimits.purge", 10 * 60_000, async () => {
    await purgeRateLimitCounters(ctx.store.db);
  });
  // CSV imports (domain/imports): a run a batch at a time; uploaded files freed after a week.
  queue.register(IMPORT_JOB, (payload, job) => runImport(ctx, payload, job));
  queue.every("imports.purgeFiles", PURGE_IMPORT_FILES_EVERY_MS, () => purgeImportFiles(ctx.store.db));
}
