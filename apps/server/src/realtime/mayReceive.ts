import type { Permission } from "@parley/protocol/permissions";
import type { Actor } from "../domain/auth/actor";

/**
 * What an agent needs to hear each event of a site channel: one of these permissions (an empty list:
 * any user who can reach the site). Joining a site channel only needs access to the site; each event
 * is then sent to the connections whose role may see it. Events missing here reach nobody.
 */
const SITE_EVENTS: Record<string, readonly Permission[]> = {
  "site.updated": [],
  "person.created": ["people.view", "people.manage"],
  "person.updated": ["people.view", "people.manage"],
  "conversation.updated": ["conversations.view_all", "conversations.view_own"],
};

export function mayReceive(actor: Actor, channel: string, eventName: string): boolean {
  if (!channel.startsWith("site:")) return true;
  const needs = SITE_EVENTS[eventName];
  if (needs === undefined) return false;
  return needs.length === 0 || needs.some((permission) => actor.permissions.has(permission));
}
