import type { BusEvent } from "@parley/protocol/events";
import type { AppContext } from "../api/context";
import type { Actor } from "../domain/auth/actor";
import { canSeeConversation } from "../domain/chat/canSeeConversation";

type PresenceEvent = Extract<BusEvent, { name: "visitor.presence" }>;

/**
 * What an agent's connection hears of a `visitor.presence` event: only the conversations named in it
 * that they may see (canSeeConversation, the rule of `conversation:<id>`), nothing when none; and
 * whether the visitor is online as the store says on arrival, so announcements of two nodes that
 * crossed on the way still leave every inbox showing the latest state. Per node, the conversations
 * and that read are fetched once per event, whatever the number of connections.
 */
export function createVisitorPresenceDelivery(ctx: AppContext) {
  const perEvent = new WeakMap<
    PresenceEvent,
    { rows: Promise<{ id: string; site_id: string }[]>; online: Promise<boolean> }
  >();
  const facts = (event: PresenceEvent) => {
    let found = perEvent.get(event);
    if (!found) {
      const siteId = event.channel.slice("site:".length);
      const { visitorId, conversationIds } = event.data;
      found = {
        rows: conversationIds.length
          ? ctx.store.db
              .selectFrom("conversations")
              .select(["id", "site_id"])
              .where("id", "in", conversationIds)
              .where("site_id", "=", siteId)
              .where("visitor_id", "=", visitorId)
              .execute()
          : Promise.resolve([]),
        online: ctx.visitors.online(siteId, [visitorId]).then((online) => online.has(visitorId)),
      };
      perEvent.set(event, found);
    }
    return found;
  };

  return async (actor: Actor, event: PresenceEvent): Promise<PresenceEvent | null> => {
    const { rows, online } = facts(event);
    const seen = new Set<string>();
    for (const row of await rows) if (await canSeeConversation(ctx.store.db, actor, row)) seen.add(row.id);
    if (!seen.size) return null;
    return {
      ...event,
      data: {
        ...event.data,
        online: await online,
        conversationIds: event.data.conversationIds.filter((id) => seen.has(id)),
      },
    };
  };
}
