import type { ConversationNote } from "@parley/protocol/liveChat";
import type { AppContext } from "../../api/context";
import { AppError } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import type { ConversationNoteTable } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { canSeeConversation } from "./canSeeConversation";
import { lockConversation } from "./lockConversation";

/**
 * An internal note on a conversation, shown after its last message at the time. Notes live in a table
 * of their own and go out only on `conversation:<id>` (chat.note), which visitors cannot join: the
 * visitor never receives one. The same client id twice stores it once (the first is returned).
 */
export async function addConversationNote(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  conversationId: string,
  input: { text: string; clientId: string },
): Promise<{ note: ConversationNote; created: boolean }> {
  const { db, kind } = ctx.store;
  const authorId = actor.kind === "user" ? actor.id : actor.createdBy;
  const result = await db.transaction().execute(async (trx) => {
    const conv = await lockConversation(trx, conversationId, kind);
    if (conv.site_id !== siteId || !(await canSeeConversation(trx, actor, conv)))
      throw new AppError("not_found", "Conversation not found");
    const seen = await trx
      .selectFrom("conversation_notes")
      .selectAll()
      .where("conversation_id", "=", conv.id)
      .where("client_id", "=", input.clientId)
      .executeTakeFirst();
    if (seen) return { row: seen, created: false };
    const row: ConversationNoteTable = {
      id: newId(),
      conversation_id: conv.id,
      author_id: authorId,
      text: input.text,
      client_id: input.clientId,
      after_seq: conv.last_seq,
      created_at: nowIso(),
    };
    await trx.insertInto("conversation_notes").values(row).execute();
    return { row, created: true };
  });
  const author = result.row.author_id
    ? await db.selectFrom("users").select("name").where("id", "=", result.row.author_id).executeTakeFirst()
    : undefined;
  const note = presentNote(result.row, author?.name ?? null);
  if (result.created)
    await ctx.bus.publish({
      channel: `conversation:${conversationId}`,
      name: "chat.note",
      data: { ...note, siteId, conversationId },
    });
  return { note, created: result.created };
}

export const presentNote = (row: ConversationNoteTable, authorName: string | null): ConversationNote => ({
  id: row.id,
  authorId: row.author_id,
  authorName,
  text: row.text,
  clientId: row.client_id,
  afterSeq: row.after_seq,
  createdAt: row.created_at,
});
