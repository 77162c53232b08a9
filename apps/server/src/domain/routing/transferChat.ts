import type { LiveChat, TransferBody } from "@parley/protocol/liveChat";
import type { z } from "zod";
import type { AppContext } from "../../api/context";
import { conflict, forbidden, notFound } from "../../errors";
import type { Actor } from "../auth/actor";
import { listAgentStates } from "../agents/listAgentStates";
import { readLiveChatSettings } from "../agents/readLiveChatSettings";
import { lockChat } from "./lockChat";
import { offerChat } from "./offerChat";
import { pickRoundRobin, skipReason } from "./pickRoundRobin";
import { presentLiveChatRow } from "../chat/presentLiveChat";
import { lockPointer, movePointer } from "./roundRobinPointer";
import { RoutingEffects } from "./routingEffects";
import { appendRoutingLog } from "./routingLog";

const REASONS: Record<string, string> = {
  away: "is away",
  outside_schedule: "is outside their schedule",
  inbox_closed: "does not have the inbox open",
  offline: "is offline",
  at_limit: "is at their chat limit",
  already_offered: "was already offered this chat",
};

/**
 * Offers an assigned chat to another agent (who must be eligible now) or to a team (round robin
 * within it), with a note. The chat stays with its agent until the offer is accepted. Allowed to the
 * chat's agent, or to someone who sees every conversation and answers chats.
 */
export async function transferChat(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  chatId: string,
  body: z.infer<typeof TransferBody>,
): Promise<LiveChat> {
  const effects = new RoutingEffects();
  const chat = await ctx.store.db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom("live_chats")
      .select("id")
      .where("id", "=", chatId)
      .where("site_id", "=", siteId)
      .executeTakeFirst();
    const locked = found ? await lockChat(trx, ctx.store.kind, found.id) : null;
    if (!locked) throw notFound("Chat");
    const { chat, conversation } = locked;
    const mayAll =
      actor.permissions.has("conversations.view_all") && actor.permissions.has("livechat.answer");
    if (chat.agent_id !== actor.id && !mayAll) throw forbidden("Only the chat's agent can transfer it");
    if (chat.status !== "assigned")
      throw conflict("Only a chat an agent has taken can be transferred", { reason: chat.status });
    const pending = await trx
      .selectFrom("chat_offers")
      .select("id")
      .where("chat_id", "=", chat.id)
      .where("status", "=", "open")
      .executeTakeFirst();
    if (pending)
      throw conflict("A transfer of this chat is already waiting for an answer", { reason: "pending" });
    const settings = await readLiveChatSettings(trx, siteId);
    const agents = await listAgentStates(trx, ctx.presence, siteId, settings);
    const others = agents.filter((a) => a.id !== chat.agent_id);

    let target: (typeof agents)[number] | null = null;
    if ("agentId" in body) {
      target = agents.find((a) => a.id === body.agentId) ?? null;
      if (!target)
        throw conflict("That user does not answer live chats on this site", { reason: "not_an_agent" });
      if (target.id === chat.agent_id)
        throw conflict(`${target.name} already has this chat`, { reason: "same_agent" });
      const reason = skipReason(target, new Set());
      if (reason) throw conflict(`Cannot transfer: ${target.name} ${REASONS[reason] ?? reason}`, { reason });
    } else {
      const team = await trx
        .selectFrom("teams")
        .select("id")
        .where("id", "=", body.teamId)
        .executeTakeFirst();
      if (!team) throw notFound("Team");
      const scope = `team:${team.id}`;
      const last = await lockPointer(trx, ctx.store.kind, siteId, scope);
      const pick = pickRoundRobin(
        agents,
        others.filter((a) => a.teamIds.includes(team.id)),
        last,
        new Set(),
        "transfer",
      );
      if (!pick.agent)
        throw conflict("Nobody in that team can take a chat now", { reason: "nobody_eligible" });
      target = pick.agent;
      await movePointer(trx, siteId, scope, target.id);
      await trx.updateTable("live_chats").set({ team_id: team.id }).where("id", "=", chat.id).execute();
      chat.team_id = team.id;
    }
    await appendRoutingLog(trx, chat, [
      {
        kind: "transferred",
        agentId: target.id,
        detail: {
          stage: "transfer",
          from: chat.agent_id,
          by: actor.id,
          teamId: "teamId" in body ? body.teamId : null,
          note: body.note || null,
        },
      },
    ]);
    return offerChat(trx, effects, {
      chat,
      conversation,
      agentId: target.id,
      origin: "transfer",
      stage: "transfer",
      settings,
      note: body.note,
      fromAgentId: actor.id,
    });
  });
  await effects.flush(ctx);
  return presentLiveChatRow(ctx.store.db, chat);
}
