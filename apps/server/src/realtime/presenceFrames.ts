import type { ClientFrame, ServerFrame } from "@parley/protocol/realtime";
import type { AppContext } from "../api/context";
import { AppError } from "../errors";
import type { Identity } from "./connectionIdentity";

type PresenceFrame = Extract<ClientFrame, { type: "presence.beat" }>;

/** An agent's heartbeat: keeps them online; `inboxOpen` keeps auto-away off. */
export async function handlePresenceFrame(
  ctx: AppContext,
  identity: Identity,
  frame: PresenceFrame,
  send: (frame: ServerFrame) => void,
): Promise<void> {
  if (identity.kind !== "agent") throw new AppError("forbidden", "Presence is for agents");
  await ctx.presence.beat(identity.actor.id, { inboxOpen: frame.inboxOpen });
  // TODO(helper agents): announce agent.presence when the state changed; a agent coming online takes queued chats.
  send({ type: "pong", ref: frame.ref });
}
