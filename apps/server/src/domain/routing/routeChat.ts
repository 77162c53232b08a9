import type { Kysely } from "kysely";
import type { AppContext } from "../../api/context";
import type { Database } from "../../store/schema";
import { listAgentStates } from "../agents/listAgentStates";
import { readLiveChatSettings } from "../agents/readLiveChatSettings";
import { blockedEmailDomain } from "./blockedEmailDomain";
import { chooseAgent } from "./chooseAgent";
import { fallBackChat } from "./fallBackChat";
import type { LockedChat } from "./lockChat";
import { offerChat } from "./offerChat";
import { queueChat } from "./queueChat";
import { movePointer } from "./roundRobinPointer";
import type { RoutingEffects } from "./routingEffects";
import { appendRoutingLog } from "./routingLog";

export type RouteOutcome = "offered" | "queued" | "fallback" | "nobody" | "unchanged";

/**
 * One routing decision for a chat the caller has locked (lockChat), inside its transaction: offer
 * it to the next eligible agent, or — nobody eligible, or N offers declined or timed out — queue it
 * (when the queue is on) or give it the fallback. `queue`: a queued chat offered from the queue;
 * finding nobody then leaves it where it is and writes nothing.
 */
export async function routeChat(
  ctx: AppContext,
  trx: Kysely<Database>,
  effects: RoutingEffects,
  locked: LockedChat,
  origin: "route" | "queue",
): Promise<RouteOutcome> {
  const { chat, conversation } = locked;
  const expected = origin === "queue" ? ["queued"] : ["routing", "offered"];
  if (!expected.includes(chat.status)) return "unchanged";
  const open = await trx
    .selectFrom("chat_offers")
    .select("id")
    .where("chat_id", "=", chat.id)
    .where("status", "=", "open")
    .executeTakeFirst();
  if (open) return "unchanged";
  const settings = await readLiveChatSettings(trx, chat.site_id);
  const outcome = { chat, conversation, settings };

  const blocked = await blockedEmailDomain(trx, chat.site_id, conversation.person_id);
  if (blocked) {
    await appendRoutingLog(trx, chat, [{ kind: "blocked", detail: { domain: blocked } }]);
    await fallBackChat(trx, effects, ctx.config, { ...outcome, reason: "blocked_domain", missed: false });
    return "fallback";
  }

  const agents = await listAgentStates(trx, ctx.presence, chat.site_id, settings);
  const before = await trx
    .selectFrom("chat_offers")
    .select("agent_id")
    .where("chat_id", "=", chat.id)
    .where("status", "in", ["declined", "timed_out"])
    .where("origin", "!=", "transfer")
    .execute();
  const excluded = new Set(before.map((o) => o.agent_id));
  const choice = await chooseAgent({
    trx,
    kind: ctx.store.kind,
    presence: ctx.presence,
    chat,
    conversation,
    settings,
    agents,
    excluded,
    lastTurn: locked.lastTurn,
  });
  const exhausted = origin === "route" && chat.attempts >= settings.maxAttempts;
  if (choice.agent && !exhausted) {
    await appendRoutingLog(trx, chat, choice.entries);
    if (choice.scope) await movePointer(trx, chat.site_id, choice.scope, choice.agent.id);
    await offerChat(trx, effects, {
      chat,
      conversation,
      agentId: choice.agent.id,
      origin,
      stage: choice.stage,
      settings,
    });
    if (origin === "queue") effects.queueChanged(chat.site_id);
    return "offered";
  }
  if (origin === "queue") return "nobody";
  if (!exhausted) await appendRoutingLog(trx, chat, choice.entries);
  const reason = exhausted
    ? "max_attempts"
    : choice.accountRouted
      ? "account_owner_unavailable"
      : "nobody_eligible";
  if (settings.queueEnabled && !choice.accountRouted) {
    await queueChat(trx, ctx.store.kind, effects, { ...outcome, reason });
    return "queued";
  }
  await fallBackChat(trx, effects, ctx.config, { ...outcome, reason, missed: true });
  return "fallback";
}
