import type { BusEvent, BusEventName } from "@parley/protocol/events";
import type { Permission } from "@parley/protocol/permissions";
import type { Actor } from "../domain/auth/actor";

/**
 * Who hears each event of the protocol's union. A site event: the agents who can reach the site
 * (see mayJoin) and hold one of these permissions (an empty list: any of them). `own`: only the
 * channel's owner (a user's or a visitor's own channel, which nobody else may join). `internal`:
 * acted on by the server, never sent to a client. `conversations`: the agents who may see one of the
 * conversations the event names, with only those (realtime/visitorPresenceDelivery.ts; mayReceive
 * alone says no). The type makes every event name appear here.
 */
export const AUDIENCE: {
  [N in BusEventName]: readonly Permission[] | "own" | "internal" | "conversations";
} = {
  "site.updated": [],
  "person.created": ["people.view", "people.manage"],
  "person.updated": ["people.view", "people.manage"],
  "person.deleted": ["people.view", "people.manage"],
  "company.created": ["people.view", "people.manage"],
  "company.updated": ["people.view", "people.manage"],
  "company.deleted": ["people.view", "people.manage"],
  "import.progress": ["people.manage"],
  "conversation.updated": ["conversations.view_all", "conversations.view_own"],
  "access.changed": "internal",
  "conversation.step": "own",
  activity: "own",
  "livechat.updated": ["livechat.answer", "conversations.view_all"],
  "agent.presence": ["livechat.answer", "agents.manage", "routing.manage"],
  "visitor.presence": "conversations",
  "livechat.offer": "own",
  "livechat.offerClosed": "own",
  // A conversation channel is joined only after the agent's access to it was checked.
  "chat.messages": "own",
  "chat.note": "own",
  "chat.typing": "own",
  "chat.read": "own",
  "livechat.status": "own",
  "visitor.erased": "own",
  "livechat.typing": "own",
  "livechat.read": "own",
  // The host hears their own meetings through this too: a calendar agent holds meetings.host.
  "meeting.updated": ["meetings.manage", "meetings.host", "conversations.view_all"],
  "calendar.updated": "own",
  "webhooks.changed": "internal",
};

/** Whether an agent on a channel they joined gets this event as an `event` frame. */
export function mayReceive(actor: Actor, event: BusEvent): boolean {
  const needs = AUDIENCE[event.name];
  if (needs === "internal" || needs === "conversations") return false;
  if (needs === "own") return true;
  return needs.length === 0 || needs.some((permission) => actor.permissions.has(permission));
}
