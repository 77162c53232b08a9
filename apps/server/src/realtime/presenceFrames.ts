import type { ClientFrame, ServerFrame } from "@parley/protocol/realtime";
import type { AppContext } from "../api/context";
import { announceAgentPresence } from "../domain/agents/announceAgentPresence";
import { AppError } from "../errors";
import { clock } from "../lib/clock";
import type { Identity } from "./connectionIdentity";

type PresenceFrame = Extract<ClientFrame, { type: "presence.beat" }>;

/**
 * The shortest auto-away a site can set (LiveChatSettings.awayAfterMinutes ≥ 1): an inbox last on
 * screen more recently than this cannot have been "closed", so reopening it changes nothing.
 */
const SHORTEST_AWAY_MS = 60_000;

/**
 * An agent's heartbeat: keeps them online; `inboxOpen` keeps auto-away off. When it may have changed
 * their state (they came online, or their inbox is back after a while) every site they reach hears
 * `agent.presence`, and sites where they can now take a chat offer them their queue.
 */
export async function handlePresenceFrame(
  ctx: AppContext,
  identity: Identity,
  frame: PresenceFrame,
  send: (frame: ServerFrame) => void,
): Promise<void> {
  if (identity.kind !== "agent") throw new AppError("forbidden", "Presence is for agents");
  const userId = identity.actor.id;
  const before = frame.inboxOpen ? (await ctx.presence.read([userId])).get(userId) : undefined;
  const cameOnline = await ctx.presence.beat(userId, { inboxOpen: frame.inboxOpen });
  const inboxReopened =
    frame.inboxOpen &&
    (!before?.inboxSeenAt || clock().now() - Date.parse(before.inboxSeenAt) > SHORTEST_AWAY_MS);
  if ((cameOnline || inboxReopened) && identity.actor.permissions.has("livechat.answer"))
    await announceAgentPresence(ctx, userId);
  send({ type: "pong", ref: frame.ref });
}
