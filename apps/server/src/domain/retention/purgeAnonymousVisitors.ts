import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import { deleted, deleteConversationContent } from "./deleteBatch";

/**
 * Anonymous visitors without engagement (docs/retention.md): no person; no conversation in which
 * they ever sent anything (a message authored by the visitor: an answer, a click, a chat line) nor
 * one with a live chat (the live-chat report counts it, also once its transcript is purged); no
 * meeting; and nothing of theirs since the cutoff — token, page view or conversation.
 */
function eligibleVisitors(trx: Kysely<Database>, siteId: string, cutoff: string) {
  return trx
    .selectFrom("visitors as v")
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
                  inner.exists(
                    inner
                      .selectFrom("live_chats as lc")
                      .select("lc.id")
                      .whereRef("lc.conversation_id", "=", "c.id"),
                  ),
                ]),
              ),
          ),
          exists(selectFrom("meetings as mt").select("mt.id").whereRef("mt.visitor_id", "=", "v.id")),
        ]),
      ),
    );
}

/** Those of `ids` still eligible, read in the caller's transaction. */
const stillEligible = async (trx: Kysely<Database>, siteId: string, cutoff: string, ids: string[]) =>
  (await eligibleVisitors(trx, siteId, cutoff).select("v.id").where("v.id", "in", ids).execute()).map(
    (r) => r.id,
  );

/** Deletes these rows of `table` (at most a batch, picked by the caller); how many went. */
async function deleteSome(
  trx: Kysely<Database>,
  table: "activities" | "page_views" | "conversations",
  ids: string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  return deleted(await trx.deleteFrom(table).where("id", "in", ids).executeTakeFirstOrThrow());
}

/**
 * In steps, so that no transaction grows with what one visitor holds (thousands of page views or
 * conversations): their rows go `limit` at a time — timeline, page views, then their (unengaged)
 * conversations' messages, notes and the conversations — each step re-checking in its transaction
 * that the visitor is still eligible; the visitors go last, taking only their dialogue history.
 */
export const anonymousVisitorBatch = {
  /** Picks up to `limit` eligible visitors. */
  pick: async (trx: Kysely<Database>, siteId: string, cutoff: string, limit: number) =>
    (await eligibleVisitors(trx, siteId, cutoff).select("v.id").limit(limit).execute()).map((r) => r.id),

  /** Deletes at most `limit` rows belonging to those still eligible; 0 when none is left. */
  deleteChildren: async (
    trx: Kysely<Database>,
    siteId: string,
    cutoff: string,
    visitorIds: string[],
    limit: number,
  ): Promise<number> => {
    const ids = await stillEligible(trx, siteId, cutoff, visitorIds);
    if (ids.length === 0) return 0;
    const some = async (query: Promise<{ id: string }[]>) => (await query).map((r) => r.id);
    for (const table of ["activities", "page_views"] as const) {
      const rows = await some(
        trx
          .selectFrom(table)
          .select("id")
          .where("site_id", "=", siteId)
          .where("visitor_id", "in", ids)
          .limit(limit)
          .execute(),
      );
      if (rows.length) return deleteSome(trx, table, rows);
    }
    const conversations = trx.selectFrom("conversations").select("id").where("visitor_id", "in", ids);
    const content = await deleteConversationContent(trx, conversations, limit);
    if (content > 0) return content;
    return deleteSome(trx, "conversations", await some(conversations.limit(limit).execute()));
  },

  /** Deletes those still eligible (their dialogue history with them); how many went. */
  deleteVisitors: async (trx: Kysely<Database>, siteId: string, cutoff: string, visitorIds: string[]) => {
    const ids = await stillEligible(trx, siteId, cutoff, visitorIds);
    if (ids.length === 0) return 0;
    // A timeline entry written since the last step goes with them.
    await trx.deleteFrom("activities").where("site_id", "=", siteId).where("visitor_id", "in", ids).execute();
    return deleted(
      await trx
        .deleteFrom("visitors")
        .where("id", "in", ids)
        .where("person_id", "is", null)
        .executeTakeFirstOrThrow(),
    );
  },
};
