import type { PurgeableClass } from "@parley/protocol/retention";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";

/**
 * One batch of one class: removes at most `limit` expired rows of the site in the caller's (short)
 * transaction and says how many went. Each re-checks the expiry in the statement that deletes, so a
 * row that became active again since it was picked stays.
 */
export type PurgeBatch = (
  trx: Kysely<Database>,
  siteId: string,
  cutoffIso: string,
  limit: number,
) => Promise<number>;

const deleted = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);

/** Rows of `table` whose `column` (an ISO time) is before the cutoff, re-checked as they are deleted. */
const olderThan =
  (table: "events" | "page_views" | "activities", column: "at" | "last_at"): PurgeBatch =>
  async (trx, siteId, cutoff, limit) => {
    const ids = await trx
      .selectFrom(table)
      .select("id")
      .where("site_id", "=", siteId)
      .where(column, "<", cutoff)
      .limit(limit)
      .execute();
    if (ids.length === 0) return 0;
    return deleted(
      await trx
        .deleteFrom(table)
        .where(
          "id",
          "in",
          ids.map((r) => r.id),
        )
        .where(column, "<", cutoff)
        .executeTakeFirstOrThrow(),
    );
  };

/** Raw report events (the reports read the daily roll-ups for days before the cutoff). */
const reportEvents = olderThan("events", "at");
/** Page views whose visit last viewed that page before the cutoff. */
const pageViews = olderThan("page_views", "last_at");
/** Timeline entries older than the cutoff. */
const activities = olderThan("activities", "at");

/**
 * Finished conversations (completed or dropped, no live chat still open) whose last activity is
 * before the cutoff. Their messages and notes go first, `limit` at a time (a long chat is many rows);
 * the conversation then takes its live chat, offers, routing log, participants and meeting offers
 * with it (foreign keys, ON DELETE CASCADE); a meeting booked in it stays, without the link.
 */
function expiredConversations(trx: Kysely<Database>, siteId: string, cutoff: string) {
  return trx
    .selectFrom("conversations as c")
    .where("c.site_id", "=", siteId)
    .where("c.updated_at", "<", cutoff)
    .where("c.status", "in", ["completed", "dropped"])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("live_chats as lc")
            .select("lc.id")
            .whereRef("lc.conversation_id", "=", "c.id")
            .where("lc.status", "not in", ["ended", "fallback"]),
        ),
      ),
    );
}

export const transcriptBatch = {
  /** Picks up to `limit` expired conversations. */
  pick: async (trx: Kysely<Database>, siteId: string, cutoff: string, limit: number) =>
    (await expiredConversations(trx, siteId, cutoff).select("c.id").limit(limit).execute()).map((r) => r.id),
  /** Deletes at most `limit` messages, then notes, of these conversations; 0 when none is left. */
  deleteContent: async (trx: Kysely<Database>, conversationIds: string[], limit: number) => {
    for (const table of ["messages", "conversation_notes"] as const) {
      const ids = await trx
        .selectFrom(table)
        .select("id")
        .where("conversation_id", "in", conversationIds)
        .limit(limit)
        .execute();
      if (ids.length > 0)
        return deleted(
          await trx
            .deleteFrom(table)
            .where(
              "id",
              "in",
              ids.map((r) => r.id),
            )
            .executeTakeFirstOrThrow(),
        );
    }
    return 0;
  },
  /** Deletes those of the conversations still expired (re-checked in this transaction). */
  deleteConversations: async (
    trx: Kysely<Database>,
    siteId: string,
    cutoff: string,
    conversationIds: string[],
  ) => {
    const still = await expiredConversations(trx, siteId, cutoff)
      .select("c.id")
      .where("c.id", "in", conversationIds)
      .execute();
    if (still.length === 0) return 0;
    return deleted(
      await trx
        .deleteFrom("conversations")
        .where(
          "id",
          "in",
          still.map((r) => r.id),
        )
        .executeTakeFirstOrThrow(),
    );
  },
};

/**
 * Anonymous visitors without engagement (docs/retention.md): no person; no conversation in which
 * they ever sent anything (a message authored by the visitor: an answer, a click, a chat line); no
 * meeting; and nothing of theirs since the cutoff — token, page view or conversation. The visitor row
 * takes its page views, dialogue history and (unengaged) conversations with it; their timeline
 * entries go in the same batch.
 */
const anonymousVisitors: PurgeBatch = async (trx, siteId, cutoff, limit) => {
  const ids = (
    await trx
      .selectFrom("visitors as v")
      .select("v.id")
      .where("v.site_id", "=", siteId)
      .where("v.person_id", "is", null)
      .where("v.last_seen_at", "<", cutoff)
      .where(({ not, exists, selectFrom, or }) =>
        not(
          or([
            exists(
              selectFrom("page_views as pv")
                .select("pv.id")
                .whereRef("pv.visitor_id", "=", "v.id")
                .where("pv.last_at", ">=", cutoff),
            ),
            exists(
              selectFrom("conversations as c")
                .select("c.id")
                .whereRef("c.visitor_id", "=", "v.id")
                .where((inner) =>
                  inner.or([
                    inner("c.updated_at", ">=", cutoff),
                    inner.exists(
                      inner
                        .selectFrom("messages as m")
                        .select("m.id")
                        .whereRef("m.conversation_id", "=", "c.id")
                        .where("m.author", "=", "visitor"),
                    ),
                  ]),
                ),
            ),
            exists(selectFrom("meetings as mt").select("mt.id").whereRef("mt.visitor_id", "=", "v.id")),
          ]),
        ),
      )
      .limit(limit)
      .execute()
  ).map((r) => r.id);
  if (ids.length === 0) return 0;
  await trx.deleteFrom("activities").where("site_id", "=", siteId).where("visitor_id", "in", ids).execute();
  return deleted(
    await trx
      .deleteFrom("visitors")
      .where("id", "in", ids)
      .where("person_id", "is", null)
      .executeTakeFirstOrThrow(),
  );
};

export const PURGE_BATCHES: Record<Exclude<PurgeableClass, "transcripts">, PurgeBatch> = {
  reportEvents,
  pageViews,
  activities,
  anonymousVisitors,
};
