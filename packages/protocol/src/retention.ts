import { z } from "zod";
import { Id, Timestamp } from "./common";

/**
 * Data retention (product.md §9, docs/retention.md): how long each class of data is kept per site,
 * the purge runs that enforce it, and erasing a person or a visitor (right to be forgotten).
 */

/** The classes a purge removes, in the order it removes them. */
export const PURGEABLE_CLASSES = [
  "reportEvents",
  "pageViews",
  "activities",
  "transcripts",
  "anonymousVisitors",
  "webhookDeliveries",
] as const;
export type PurgeableClass = (typeof PURGEABLE_CLASSES)[number];

/** Longest period one may set: ten years. Longer is "kept forever" (null). */
export const MAX_RETENTION_DAYS = 3650;

/** Days a class is kept, or null: kept forever. */
export const RetentionDays = z
  .number()
  .int("must be a whole number of days")
  .min(1, "must be at least 1 day")
  .max(MAX_RETENTION_DAYS, `must be at most ${MAX_RETENTION_DAYS} days (or kept forever)`)
  .nullable();

/** product.md §9's defaults: 24 months is 730 days. */
export const RETENTION_DEFAULTS: Record<PurgeableClass, number | null> = {
  anonymousVisitors: 90,
  pageViews: 90,
  activities: 730,
  transcripts: 730,
  reportEvents: 730,
  webhookDeliveries: 30,
};

export const RETENTION_CLASS_LABELS: Record<PurgeableClass | "aggregates", string> = {
  anonymousVisitors: "Anonymous visitors without engagement",
  pageViews: "Page views",
  activities: "Activities (timelines)",
  transcripts: "Conversations and transcripts",
  reportEvents: "Raw report events",
  webhookDeliveries: "Webhook deliveries",
  aggregates: "Report numbers (daily roll-ups)",
};

const classFields = Object.fromEntries(PURGEABLE_CLASSES.map((c) => [c, RetentionDays])) as Record<
  PurgeableClass,
  typeof RetentionDays
>;

/**
 * PUT body: every purgeable class (days or null). Aggregates are always kept and cannot be set.
 * `webhookDeliveries` (added later) may be left out: its saved period (or default) then stays.
 */
export const RetentionSettingsBody = z.strictObject({
  ...classFields,
  webhookDeliveries: RetentionDays.optional(),
});
export type RetentionSettingsBody = z.infer<typeof RetentionSettingsBody>;

export const RetentionSettings = z.object({
  siteId: Id,
  ...classFields,
  /** Daily report roll-ups: kept forever, so reports never change when raw data goes. */
  aggregates: z.null(),
  /** When a manager last saved them; null: the defaults, never saved. */
  updatedAt: Timestamp.nullable(),
});
export type RetentionSettings = z.infer<typeof RetentionSettings>;

export const PurgeCounts = z.object(
  Object.fromEntries(PURGEABLE_CLASSES.map((c) => [c, z.number().int().min(0)])) as Record<
    PurgeableClass,
    z.ZodNumber
  >,
);
export type PurgeCounts = z.infer<typeof PurgeCounts>;

export const PurgeRun = z.object({
  id: Id,
  siteId: Id,
  trigger: z.enum(["schedule", "manual"]),
  status: z.enum(["queued", "running", "done", "failed"]),
  /** Rows removed per class. */
  removed: PurgeCounts,
  /** Short transactions it took (each at most the batch size of rows). */
  batches: z.number().int().min(0),
  /** Whether a class still had expired rows when the run's budget ran out (the next run goes on). */
  more: z.boolean(),
  requestedBy: Id.nullable(),
  queuedAt: Timestamp,
  startedAt: Timestamp.nullable(),
  finishedAt: Timestamp.nullable(),
  durationMs: z.number().int().min(0).nullable(),
  error: z.string().nullable(),
});
export type PurgeRun = z.infer<typeof PurgeRun>;

export const PurgeRunList = z.object({ items: z.array(PurgeRun) });
export type PurgeRunList = z.infer<typeof PurgeRunList>;

export const PurgeRunsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** What an erasure removed (rows) or anonymised (events, meetings). */
export const ErasureCounts = z.object({
  people: z.number().int().min(0),
  visitors: z.number().int().min(0),
  conversations: z.number().int().min(0),
  messages: z.number().int().min(0),
  notes: z.number().int().min(0),
  liveChats: z.number().int().min(0),
  activities: z.number().int().min(0),
  pageViews: z.number().int().min(0),
  /** Outbox mails to them: unsent ones removed, sent ones' stored subject and bodies emptied. */
  mails: z.number().int().min(0),
  /** Kept with their personal links and values replaced (the reports count them). */
  eventsAnonymised: z.number().int().min(0),
  /** Kept on the host's calendar without the visitor's name, email or person. */
  meetingsAnonymised: z.number().int().min(0),
  webhookDeliveries: z.number().int().min(0),
  /**
   * Events of their meetings already written on hosts' CalDAV calendars, deleted there by a durable
   * job (`retention.calendarErase`) that retries while a calendar cannot be reached.
   */
  calendarEvents: z.number().int().min(0),
});
export type ErasureCounts = z.infer<typeof ErasureCounts>;

export const Erasure = z.object({
  id: Id,
  siteId: Id,
  subject: z.enum(["person", "visitor"]),
  subjectId: Id,
  erasedBy: Id.nullable(),
  erasedAt: Timestamp,
  removed: ErasureCounts,
  /** True when this person or visitor had already been erased: nothing more was done. */
  alreadyErased: z.boolean(),
});
export type Erasure = z.infer<typeof Erasure>;
