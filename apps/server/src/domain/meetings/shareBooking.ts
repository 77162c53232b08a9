import type { SharedBooking } from "@parley/protocol/meetings";
import type { AppContext } from "../../api/context";
import { forbidden, invalidField, notFound } from "../../errors";
import { newId } from "../../lib/ids";
import type { Actor } from "../auth/actor";
import { postChatMessage } from "../chat/postChatMessage";
import { openMeetingOffer } from "./openMeetingOffer";
import { listMeetingHosts } from "../availability/listMeetingHosts";

/**
 * `POST /api/sites/:siteId/chats/:chatId/booking` (product.md §5): the chat's agent shares their own
 * or another host's booking. One chat message through the chat's own path (the author must be the
 * agent the chat is assigned to; the next sequence number, so widget and inbox get it in order)
 * whose body `{ type: "meeting", offerId, agentName }` the widget shows as a booking card; the offer
 * it books against is written in the same transaction. Booking it feeds no card: the bot is done.
 */
export async function shareBooking(
  ctx: AppContext,
  actor: Actor,
  input: { siteId: string; chatId: string; agentId: string },
): Promise<SharedBooking> {
  if (actor.kind !== "user") throw forbidden("Only an agent in the chat can share a booking");
  const { db } = ctx.store;
  const chat = await db
    .selectFrom("live_chats")
    .select(["id", "conversation_id"])
    .where("id", "=", input.chatId)
    .where("site_id", "=", input.siteId)
    .executeTakeFirst();
  if (!chat) throw notFound("Chat");
  let offerId = "";
  const posted = await postChatMessage(ctx, {
    conversationId: chat.conversation_id,
    clientId: `booking-${newId()}`,
    text: "",
    author: { kind: "agent", actor },
    async compose(trx, conv) {
      // Checked in the message's transaction: a host removed a moment ago is not shared.
      const host = (await listMeetingHosts(trx, input.siteId)).find((h) => h.id === input.agentId);
      if (!host) throw invalidField("agentId", "is not someone visitors can book on this site");
      offerId = await openMeetingOffer(trx, {
        siteId: input.siteId,
        conversationId: conv.id,
        cardId: null,
        routing: { strategy: "specific_agent", agentId: host.id, fallbackToRoundRobin: false },
        reason: "shared",
        sharedBy: actor.id,
      });
      return { type: "meeting", offerId, agentName: host.name };
    },
  });
  return { offerId, seq: posted.seq };
}
