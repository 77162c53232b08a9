import type { LiveChat } from "@parley/protocol/liveChat";
import type { AppContext } from "../../api/context";
import { AppError, forbidden } from "../../errors";
import { nowIso } from "../../lib/clock";
import type { Actor } from "../auth/actor";
import { agentRefs } from "./agentRefs";
import { mayActOnChat } from "./chatOfAuthor";
import { presentLiveChat } from "./presentLiveChat";

/** The agent's score of a chat, 0–3 (during it or after): its agent, or a supervisor (view_all + livechat.answer). */
export async function setChatScore(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  chatId: string,
  score: number,
): Promise<LiveChat> {
  const { db } = ctx.store;
  const row = await db.transaction().execute(async (trx) => {
    const chat = await trx
      .selectFrom("live_chats")
      .selectAll()
      .where("id", "=", chatId)
      .where("site_id", "=", siteId)
      .executeTakeFirst();
    if (!chat) throw new AppError("not_found", "Chat not found");
    if (!mayActOnChat(actor, chat))
      throw forbidden("Only the chat's agent (or a supervisor who sees all conversations) may score it");
    const updated = { ...chat, score, updated_at: nowIso() };
    await trx
      .updateTable("live_chats")
      .set({ score, updated_at: updated.updated_at })
      .where("id", "=", chat.id)
      .execute();
    return updated;
  });
  const live = presentLiveChat(row, await agentRefs(db, [row.agent_id]));
  await ctx.bus.publish({ channel: `site:${siteId}`, name: "livechat.updated", data: live });
  return live;
}
