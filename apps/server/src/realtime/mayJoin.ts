import { CHANNEL_KINDS, type ChannelKind } from "@parley/protocol/events";
import type { AppContext } from "../api/context";
import { canReachSite } from "../domain/auth/policies";
import { canSeeConversation } from "../domain/chat/canSeeConversation";
import type { Identity } from "./connectionIdentity";

const isKind = (kind: string): kind is ChannelKind => (CHANNEL_KINDS as readonly string[]).includes(kind);

/**
 * Whether a connection may listen on a channel: agents on their sites, their own user channel and the
 * conversations they may see (canSeeConversation: view_all, took part, an open offer, or the site's
 * queue); visitors on their own channel. Which events of a joined channel reach an agent: mayReceive.
 */
export async function mayJoin(ctx: AppContext, identity: Identity, channel: string): Promise<boolean> {
  const [kind = "", id = ""] = channel.split(":");
  if (!isKind(kind)) return false;
  const may: Record<ChannelKind, () => boolean | Promise<boolean>> = {
    site: () => identity.kind === "agent" && canReachSite(identity.actor, id),
    user: () => identity.kind === "agent" && id === identity.actor.id,
    visitor: () => identity.kind === "visitor" && id === identity.visitorId,
    // Between server nodes only.
    server: () => false,
    conversation: async () => {
      if (identity.kind !== "agent") return false;
      const conversation = await ctx.store.db
        .selectFrom("conversations")
        .select(["id", "site_id"])
        .where("id", "=", id)
        .executeTakeFirst();
      return !!conversation && (await canSeeConversation(ctx.store.db, identity.actor, conversation));
    },
  };
  return may[kind]();
}
