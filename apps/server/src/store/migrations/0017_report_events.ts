import type { Kysely } from "kysely";
import { pagePath } from "../../lib/pagePath";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

const BATCH = 2000;

interface OldEvent {
  id: string;
  type: string;
  conversation_id: string | null;
  card_id: string | null;
  person_id: string | null;
  data: string;
  at: string;
  kind: string | null;
  delivery: string | null;
  page_url: string | null;
}

/**
 * Reports (issue 12) filter on real columns instead of JSON: the conversation's kind, delivery, A/B
 * branch and page, whether a person was known, and the time as epoch ms (the same integer queries on
 * SQLite and PostgreSQL). Daily roll-ups (report_rollups) keep the counts when raw events are purged.
 * Existing events are filled in batches (a branch from the conversation's earlier split_assigned
 * events, compared by time).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("conversations").addColumn("branch", "text").execute();
  for (const [name, type] of [
    ["kind", "text"],
    ["delivery", "text"],
    ["branch", "text"],
    ["page", "text"],
  ] as const)
    await db.schema.alterTable("events").addColumn(name, type).execute();
  await db.schema
    .alterTable("events")
    .addColumn("known", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("events").addColumn("at_ms", "bigint").execute();

  await backfillEvents(db);

  // The report queries: a site's events by time, one dialogue's by time.
  await db.schema.createIndex("events_site_at_ms").on("events").columns(["site_id", "at_ms"]).execute();
  await db.schema
    .createIndex("events_dialogue_at_ms")
    .on("events")
    .columns(["dialogue_id", "at_ms"])
    .execute();

  // Per day and dialogue dimension (no page: the page roll-up below has it).
  await db.schema
    .createTable("report_rollups")
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("dialogue_id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("known", "integer", (c) => c.notNull())
    .addColumn("branch", "text", (c) => c.notNull())
    .addColumn("card_id", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("report_rollups_site_day")
    .on("report_rollups")
    .columns(["site_id", "day"])
    .execute();
  await db.schema
    .createIndex("report_rollups_dialogue_day")
    .on("report_rollups")
    .columns(["dialogue_id", "day"])
    .execute();
  // Per day and page (top pages), for the types that are not per card.
  await db.schema
    .createTable("report_page_rollups")
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("page", "text", (c) => c.notNull())
    .addColumn("dialogue_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("known", "integer", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("report_page_rollups_site_day")
    .on("report_page_rollups")
    .columns(["site_id", "day"])
    .execute();
  await db.schema
    .createTable("report_rollup_state")
    .addColumn("site_id", "text", (c) => c.primaryKey().references("sites.id").onDelete("cascade"))
    .addColumn("rolled_until_ms", "bigint", (c) => c.notNull())
    .addColumn("last_day", "text")
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

async function backfillEvents(db: AnyDb): Promise<void> {
  // Split assignments per conversation, in time order: an event after one is on that branch.
  const splits = new Map<string, { at: string; cardId: string; branchId: string }[]>();
  const assigned = await db
    .selectFrom("events")
    .select(["conversation_id", "card_id", "data", "at"])
    .where("type", "=", "split_assigned")
    .orderBy("at")
    .execute();
  for (const row of assigned as {
    conversation_id: string | null;
    card_id: string | null;
    data: string;
    at: string;
  }[]) {
    const branchId = (JSON.parse(row.data) as { branchId?: string }).branchId;
    if (!row.conversation_id || !row.card_id || !branchId) continue;
    const list = splits.get(row.conversation_id) ?? [];
    list.push({ at: row.at, cardId: row.card_id, branchId });
    splits.set(row.conversation_id, list);
  }
  const branchAt = (conversationId: string | null, at: string): string | null => {
    const pairs = new Map<string, string>();
    for (const s of splits.get(conversationId ?? "") ?? []) if (s.at <= at) pairs.set(s.cardId, s.branchId);
    return pairs.size
      ? [...pairs]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([c, b]) => `${c}:${b}`)
          .join(",")
      : null;
  };
  for (const [conversationId, list] of splits)
    await db
      .updateTable("conversations")
      .set({ branch: branchAt(conversationId, list.at(-1)!.at) })
      .where("id", "=", conversationId)
      .execute();

  for (;;) {
    const rows = (await db
      .selectFrom("events as e")
      .leftJoin("conversations as c", "c.id", "e.conversation_id")
      .select([
        "e.id",
        "e.type",
        "e.conversation_id",
        "e.card_id",
        "e.person_id",
        "e.data",
        "e.at",
        "c.kind",
        "c.delivery",
        "c.page_url",
      ])
      .where("e.at_ms", "is", null)
      .limit(BATCH)
      .execute()) as OldEvent[];
    if (!rows.length) break;
    await inTransaction(db, async (trx) => {
      for (const row of rows)
        await trx
          .updateTable("events")
          .set({
            kind: row.kind,
            delivery: row.delivery,
            branch: branchAt(row.conversation_id, row.at),
            page: pagePath(row.page_url),
            known: row.person_id ? 1 : 0,
            at_ms: Date.parse(row.at),
          })
          .where("id", "=", row.id)
          .execute();
    });
    if (rows.length < BATCH) break;
  }
}

/** A batch in one transaction: PostgreSQL runs the migration in one already, SQLite does not. */
const inTransaction = (db: AnyDb, work: (trx: AnyDb) => Promise<void>): Promise<void> =>
  db.isTransaction ? work(db) : db.transaction().execute(work);
