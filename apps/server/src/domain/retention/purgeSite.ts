import { PURGEABLE_CLASSES, type PurgeableClass, type PurgeCounts } from "@parley/protocol/retention";
import { DateTime } from "luxon";
import { setImmediate as yieldToOthers } from "node:timers/promises";
import type { Kysely } from "kysely";
import { clock } from "../../lib/clock";
import type { Database } from "../../store/schema";
import { ensureRolledUp } from "../reports/rollup/ensureRolledUp";
import { anonymousVisitorBatch } from "./purgeAnonymousVisitors";
import { PURGE_BATCHES } from "./purgeClasses";
import { transcriptBatch } from "./purgeTranscripts";
import { readRetentionSettings } from "./retentionSettings";

/** Rows one batch removes at most: each batch is one short transaction. */
export const PURGE_BATCH_SIZE = 500;
/** Batches one class may take in one run; what is left waits for the next run (it says `more`). */
export const PURGE_MAX_BATCHES = 200;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PurgeOptions {
  batchSize?: number;
  maxBatches?: number;
  /** Rolls up the report days before an instant (h12-metrics' ensureRolledUp; tests may watch it). */
  rollUp?: (
    db: Kysely<Database>,
    siteId: string,
    beforeIso: string,
  ) => Promise<{ rolledUntilMs: number | null } | void>;
  /** Told after each batch (a progress report; tests count batches). */
  onBatch?: (dataClass: PurgeableClass, removed: number) => void;
}

export interface PurgeResult {
  removed: PurgeCounts;
  batches: number;
  more: boolean;
}

export const noCounts = (): PurgeCounts =>
  Object.fromEntries(PURGEABLE_CLASSES.map((c) => [c, 0])) as PurgeCounts;

/**
 * The instant before which each class's rows are expired (null: kept forever). Raw report events
 * expire by whole site-local days, so every event purged lies in a day that can be rolled up whole.
 */
export function purgeCutoffs(
  settings: Record<PurgeableClass, number | null>,
  timeZone: string,
  nowMs: number,
): Record<PurgeableClass, string | null> {
  const cutoffs = {} as Record<PurgeableClass, string | null>;
  for (const dataClass of PURGEABLE_CLASSES) {
    const days = settings[dataClass];
    if (days === null) {
      cutoffs[dataClass] = null;
      continue;
    }
    const ms = nowMs - days * DAY_MS;
    cutoffs[dataClass] =
      dataClass === "reportEvents"
        ? DateTime.fromMillis(ms, { zone: timeZone }).startOf("day").toUTC().toISO()!
        : new Date(ms).toISOString();
  }
  return cutoffs;
}

/**
 * Enforces a site's retention periods: for each class, batches of at most `batchSize` rows, each in
 * its own transaction, yielding to the event loop between batches so requests keep being answered
 * (on SQLite the one connection is free between batches; on PostgreSQL no lock is held across them).
 * Before raw report events go, their days are rolled up (ensureRolledUp), so no report changes.
 * Order: events, page views, activities, transcripts, then anonymous visitors (whom the removals
 * before may have left without anything recent).
 */
export async function purgeSite(
  db: Kysely<Database>,
  siteId: string,
  options: PurgeOptions = {},
  progress?: (result: PurgeResult) => Promise<void>,
): Promise<PurgeResult> {
  const batchSize = options.batchSize ?? PURGE_BATCH_SIZE;
  const maxBatches = options.maxBatches ?? PURGE_MAX_BATCHES;
  const site = await db.selectFrom("sites").select("time_zone").where("id", "=", siteId).executeTakeFirst();
  const result: PurgeResult = { removed: noCounts(), batches: 0, more: false };
  if (!site) return result;
  const settings = await readRetentionSettings(db, siteId);
  const cutoffs = purgeCutoffs(settings, site.time_zone, clock().now());

  for (const dataClass of PURGEABLE_CLASSES) {
    let cutoff = cutoffs[dataClass];
    if (cutoff === null) continue;
    if (dataClass === "reportEvents") {
      // A day that ends at the cutoff must be rolled up whether "before" is read as < or ≤.
      const rollUp = options.rollUp ?? ensureRolledUp;
      const rolled = await rollUp(db, siteId, new Date(Date.parse(cutoff) + 1).toISOString());
      // Only events already in the roll-ups may go (a day not rolled up yet waits for the next run).
      if (rolled) {
        if (rolled.rolledUntilMs === null) continue;
        if (rolled.rolledUntilMs < Date.parse(cutoff)) cutoff = new Date(rolled.rolledUntilMs).toISOString();
      }
    }
    let used = 0;
    for (;;) {
      if (used >= maxBatches) {
        result.more = true;
        break;
      }
      used++;
      const { removed, done } = await runBatch(db, dataClass, siteId, cutoff, batchSize);
      result.batches++;
      result.removed[dataClass] += removed;
      options.onBatch?.(dataClass, removed);
      if (done) break;
      await yieldToOthers();
    }
    await progress?.(result);
  }
  return result;
}

/** One transaction of one class; `done` when the class has nothing expired left. */
async function runBatch(
  db: Kysely<Database>,
  dataClass: PurgeableClass,
  siteId: string,
  cutoff: string,
  batchSize: number,
): Promise<{ removed: number; done: boolean }> {
  if (dataClass === "anonymousVisitors") {
    // A visitor's own rows go `batchSize` at a time before the visitors (one may hold thousands).
    const picked = await anonymousVisitorBatch.pick(db, siteId, cutoff, batchSize);
    if (picked.length === 0) return { removed: 0, done: true };
    const children = await db
      .transaction()
      .execute((trx) => anonymousVisitorBatch.deleteChildren(trx, siteId, cutoff, picked, batchSize));
    if (children > 0) return { removed: 0, done: false };
    const removed = await db
      .transaction()
      .execute((trx) => anonymousVisitorBatch.deleteVisitors(trx, siteId, cutoff, picked));
    return { removed, done: picked.length < batchSize };
  }
  if (dataClass !== "transcripts") {
    const removed = await db
      .transaction()
      .execute((trx) => PURGE_BATCHES[dataClass](trx, siteId, cutoff, batchSize));
    return { removed, done: removed < batchSize };
  }
  // Transcripts: a long chat is many messages, so they go `batchSize` at a time before their conversations.
  const picked = await transcriptBatch.pick(db, siteId, cutoff, batchSize);
  if (picked.length === 0) return { removed: 0, done: true };
  const content = await db
    .transaction()
    .execute((trx) => transcriptBatch.deleteContent(trx, picked, batchSize));
  if (content > 0) return { removed: 0, done: false };
  const removed = await db
    .transaction()
    .execute((trx) => transcriptBatch.finishConversations(trx, siteId, cutoff, picked));
  return { removed, done: picked.length < batchSize };
}
