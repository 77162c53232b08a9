import type { ExpressionBuilder, Kysely } from "kysely";
import { toJson } from "../../lib/json";
import type { ConversationTable, Database } from "../../store/schema";
import { newConversationState } from "../engine/conversationState";
import { firstAgentMessageAt } from "../reports/liveChatReport";
import { deleteConversationContent } from "./deleteBatch";

/** What a purged conversation that the reports still count keeps as its state: a fresh one, no answers. */
const EMPTY_STATE = toJson(newConversationState());

/**
 * A finished conversation the reports read (it has a live chat, which the live-chat report counts,
 * or a meeting, which the meetings report filters by its conversation's version): a purge keeps its
 * row as a shell — dialogue, version, status, times, visitor and person links — and its live chat
 * with the chat's times, agent, offers and first response; its messages, notes, routing log,
 * participants, meeting offers, answers (state) and page go.
 */
const countedByReports = (eb: ExpressionBuilder<Database & { c: ConversationTable }, "c">) =>
  eb.or([
    eb.exists(eb.selectFrom("live_chats as lc").select("lc.id").whereRef("lc.conversation_id", "=", "c.id")),
    eb.exists(eb.selectFrom("meetings as mt").select("mt.id").whereRef("mt.conversation_id", "=", "c.id")),
  ]);

/**
 * Finished conversations (completed or dropped, no live chat still open) whose last activity is
 * before the cutoff, except shells already purged (no message, no note, emptied state and page).
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
    )
    .where((eb) =>
      eb.not(
        eb.and([
          countedByReports(eb),
          eb.not(
            eb.exists(
              eb.selectFrom("messages as m").select("m.id").whereRef("m.conversation_id", "=", "c.id"),
            ),
          ),
          eb.not(
            eb.exists(
              eb
                .selectFrom("conversation_notes as n")
                .select("n.id")
                .whereRef("n.conversation_id", "=", "c.id"),
            ),
          ),
          eb("c.state", "=", EMPTY_STATE),
          eb("c.page_url", "is", null),
        ]),
      ),
    );
}

export const transcriptBatch = {
  /** Picks up to `limit` expired conversations. */
  pick: async (trx: Kysely<Database>, siteId: string, cutoff: string, limit: number) =>
    (await expiredConversations(trx, siteId, cutoff).select("c.id").limit(limit).execute()).map((r) => r.id),

  /**
   * Notes each live chat's first agent answer (as the live-chat report reads it from the messages)
   * before any message goes; then deletes at most `limit` messages, then notes; 0 when none is left.
   * A chat noted already keeps its note: its first answer may be gone by now.
   */
  deleteContent: async (trx: Kysely<Database>, conversationIds: string[], limit: number) => {
    await trx
      .updateTable("live_chats")
      .set((eb) => ({
        first_response_at: firstAgentMessageAt(eb),
      }))
      .where("conversation_id", "in", conversationIds)
      .where("first_response_at", "is", null)
      .where("assigned_at", "is not", null)
      .execute();
    return deleteConversationContent(trx, conversationIds, limit);
  },

  /**
   * Those of the conversations still expired (re-checked in this transaction): the ones the reports
   * read become shells (see countedByReports), the others are deleted, taking their live chat-less
   * leftovers (offers, routing log, participants, meeting offers) with them (ON DELETE CASCADE).
   */
  finishConversations: async (
    trx: Kysely<Database>,
    siteId: string,
    cutoff: string,
    conversationIds: string[],
  ) => {
    const still = await expiredConversations(trx, siteId, cutoff)
      .select("c.id")
      .select((eb) => countedByReports(eb).as("counted"))
      .where("c.id", "in", conversationIds)
      .execute();
    const shells = still.filter((r) => !!r.counted).map((r) => r.id);
    const gone = still.filter((r) => !r.counted).map((r) => r.id);
    if (shells.length) {
      for (const table of ["routing_log", "chat_participants", "meeting_offers"] as const)
        await trx.deleteFrom(table).where("conversation_id", "in", shells).execute();
      await trx
        .updateTable("chat_offers")
        .set({ note: null })
        .where(
          "chat_id",
          "in",
          trx.selectFrom("live_chats").select("id").where("conversation_id", "in", shells),
        )
        .where("note", "is not", null)
        .execute();
      await trx
        .updateTable("conversations")
        .set({ state: EMPTY_STATE, page_url: null })
        .where("id", "in", shells)
        .execute();
    }
    if (gone.length) await trx.deleteFrom("conversations").where("id", "in", gone).execute();
    return still.length;
  },
};
