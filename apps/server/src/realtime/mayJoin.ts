import { CHANNEL_KINDS, type ChannelKind } from "@parley/protocol/events";
import { canReachSite } from "../domain/auth/policies";
import type { Identity } from "./connectionIdentity";

const isKind = (kind: string): kind is ChannelKind => (CHANNEL_KINDS as readonly string[]).includes(kind);

/**
 * Whether a connection may listen on a channel: agents on their sites and their own user channel;
 * visitors on their own channel. Which events of a joined channel reach an agent: mayReceive.
 */
export function mayJoin(identity: Identity, channel: string): boolean {
  const [kind = "", id = ""] = channel.split(":");
  if (!isKind(kind)) return false;
  const may: Record<ChannelKind, () => boolean> = {
    site: () => identity.kind === "agent" && canReachSite(identity.actor, id),
    user: () => identity.kind === "agent" && id === identity.actor.id,
    visitor: () => identity.kind === "visitor" && id === identity.visitorId,
    // Needs the database (may this agent see that conversation?): realtime/chatFrames decides.
    conversation: () => false,
  };
  return may[kind]();
}
