import { type Kysely, sql } from "kysely";
import { DateTime } from "luxon";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

const BATCH = 500;
/** The outcomes the reports count once per conversation (its first one). */
const ONCE_TYPES = ["email_given", "meeting_scheduled", "goal_reached"];

/**
 * Reports, second pass:
 * - `known` is decided once per conversation (conversations.known, copied on each of its events): a
 *   visitor linked to a person with an email when the conversation started. Existing conversations
 *   are filled in batches from their first event (see knownAtStart).
 * - `events.repeated`: 1 on a conversation's second (third …) email_given, meeting_scheduled or
 *   goal_reached; the reports count each conversation once.
 * - `events.rolled`: 1 once the event is in the roll-ups, so an event committed after its day was
 *   rolled up is rolled up by the next run instead of being missed.
 * - Existing roll-ups: every rolled day whose raw events are all still there is emptied and its
 *   events left unrolled, so the next roll-up counts it anew with the columns above (and any late
 *   event it had missed); a day whose raw events were purged keeps its counts (nothing to recount).
 * - Indexes for the meetings report (meetings.site_id, created_at) and the live-chat report
 *   (live_chats.site_id, requested_at), and for the raw events not rolled up yet.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable("conversations")
    .addColumn("known", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("events")
    .addColumn("repeated", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("events")
    .addColumn("rolled", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  // A conversation's events (the backfill below; the engine's "first of its type" check).
  await db.schema
    .createIndex("events_conversation_at_ms")
    .on("events")
    .columns(["conversation_id", "at_ms"])
    .execute();

  await backfillConversations(db);
  await recountRolledDays(db);

  // The report's raw reads: only events not rolled up yet (today's, and any late one).
  await db.schema
    .createIndex("events_unrolled_site_at_ms")
    .on("events")
    .columns(["site_id", "at_ms"])
    .where(sql.ref("rolled"), "=", 0)
    .execute();
  await db.schema
    .createIndex("events_unrolled_dialogue_at_ms")
    .on("events")
    .columns(["dialogue_id", "at_ms"])
    .where(sql.ref("rolled"), "=", 0)
    .execute();
  await db.schema
    .createIndex("meetings_site_created")
    .on("meetings")
    .columns(["site_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("live_chats_site_requested")
    .on("live_chats")
    .columns(["site_id", "requested_at"])
    .execute();
}

interface EventRow {
  id: string;
  conversation_id: string;
  type: string;
  person_id: string | null;
  at_ms: number | string;
}

/** conversations.known, events.known (the conversation's) and events.repeated, BATCH conversations at a time. */
async function backfillConversations(db: AnyDb): Promise<void> {
  let after = "";
  for (;;) {
    const ids = (
      (await db
        .selectFrom("conversations")
        .select("id")
        .where("id", ">", after)
        .orderBy("id")
        .limit(BATCH)
        .execute()) as { id: string }[]
    ).map((c) => c.id);
    if (!ids.length) break;
    after = ids.at(-1)!;
    const events = (await db
      .selectFrom("events")
      .select(["id", "conversation_id", "type", "person_id", "at_ms"])
      .where("conversation_id", "in", ids)
      .orderBy("conversation_id")
      .orderBy("at_ms")
      .orderBy("id")
      .execute()) as EventRow[];
    const byConversation = new Map<string, EventRow[]>();
    for (const e of events) {
      const list = byConversation.get(e.conversation_id) ?? [];
      list.push(e);
      byConversation.set(e.conversation_id, list);
    }
    const known = await knownAtStart(db, byConversation);
    const repeated: string[] = [];
    for (const list of byConversation.values()) {
      const seen = new Set<string>();
      for (const e of list)
        if (ONCE_TYPES.includes(e.type)) {
          if (seen.has(e.type)) repeated.push(e.id);
          seen.add(e.type);
        }
    }
    const knownIds = ids.filter((id) => known.has(id));
    const unknownIds = ids.filter((id) => !known.has(id));
    await inTransaction(db, async (trx) => {
      if (knownIds.length) {
        await trx.updateTable("conversations").set({ known: 1 }).where("id", "in", knownIds).execute();
        await trx.updateTable("events").set({ known: 1 }).where("conversation_id", "in", knownIds).execute();
      }
      if (unknownIds.length)
        await trx
          .updateTable("events")
          .set({ known: 0 })
          .where("conversation_id", "in", unknownIds)
          .where("known", "=", 1)
          .execute();
      for (let i = 0; i < repeated.length; i += BATCH)
        await trx
          .updateTable("events")
          .set({ repeated: 1 })
          .where("id", "in", repeated.slice(i, i + BATCH))
          .execute();
    });
  }
}

/**
 * The conversations whose visitor was a person with an email at their first event. The first event's
 * person is the one linked by the end of the first step (a start step takes no answer); that person's
 * email must predate the conversation: it gave no email in this conversation, or the person had
 * given one in an earlier conversation. (A person identified by identify() or an import who gives
 * an email again in the conversation is therefore counted unknown: the events cannot tell.)
 */
async function knownAtStart(db: AnyDb, byConversation: Map<string, EventRow[]>): Promise<Set<string>> {
  const persons = [
    ...new Set([...byConversation.values()].map((l) => l[0]!.person_id).filter((p): p is string => !!p)),
  ];
  const known = new Set<string>();
  if (!persons.length) return known;
  const withEmail = new Set(
    (
      (await db.selectFrom("people").select(["id", "email"]).where("id", "in", persons).execute()) as {
        id: string;
        email: string | null;
      }[]
    )
      .filter((p) => p.email && p.email.trim() !== "")
      .map((p) => p.id),
  );
  const firstEmail = new Map(
    (
      (await db
        .selectFrom("events")
        .select((eb) => ["person_id", eb.fn.min("at_ms").as("first")])
        .where("type", "=", "email_given")
        .where("person_id", "in", persons)
        .groupBy("person_id")
        .execute()) as { person_id: string; first: number | string }[]
    ).map((r) => [r.person_id, Number(r.first)]),
  );
  for (const [conversationId, list] of byConversation) {
    const first = list[0]!;
    if (!first.person_id || !withEmail.has(first.person_id)) continue;
    const gaveHere = list.some((e) => e.type === "email_given");
    const earlier = (firstEmail.get(first.person_id) ?? Infinity) < Number(first.at_ms);
    if (!gaveHere || earlier) known.add(conversationId);
  }
  return known;
}

/**
 * Each rolled-up day of each site: when its raw events are all still there (as many as the roll-up
 * counted, or more: a late event it missed), its roll-up rows go and its events stay unrolled for the
 * next roll-up run to count afresh; otherwise (raw events purged) its events are marked rolled.
 */
async function recountRolledDays(db: AnyDb): Promise<void> {
  const states = (await db.selectFrom("report_rollup_state").select(["site_id", "time_zone"]).execute()) as {
    site_id: string;
    time_zone: string;
  }[];
  for (const state of states) {
    const days = (await db
      .selectFrom("report_rollups")
      .select((eb) => ["day", eb.fn.sum("count").as("n")])
      .where("site_id", "=", state.site_id)
      .groupBy("day")
      .execute()) as { day: string; n: number | string }[];
    for (const { day, n } of days) {
      const start = DateTime.fromISO(day, { zone: state.time_zone }).startOf("day");
      const fromMs = start.toMillis();
      const toMs = start.plus({ days: 1 }).toMillis();
      const raw = (await db
        .selectFrom("events")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("site_id", "=", state.site_id)
        .where("at_ms", ">=", fromMs)
        .where("at_ms", "<", toMs)
        .executeTakeFirst()) as { n: number | string } | undefined;
      await inTransaction(db, async (trx) => {
        if (Number(raw?.n ?? 0) >= Number(n)) {
          for (const table of ["report_rollups", "report_page_rollups"])
            await trx.deleteFrom(table).where("site_id", "=", state.site_id).where("day", "=", day).execute();
        } else {
          await trx
            .updateTable("events")
            .set({ rolled: 1 })
            .where("site_id", "=", state.site_id)
            .where("at_ms", ">=", fromMs)
            .where("at_ms", "<", toMs)
            .execute();
        }
      });
    }
  }
}

/** A batch in one transaction: PostgreSQL runs the migration in one already, SQLite does not. */
const inTransaction = (db: AnyDb, work: (trx: AnyDb) => Promise<void>): Promise<void> =>
  db.isTransaction ? work(db) : db.transaction().execute(work);
