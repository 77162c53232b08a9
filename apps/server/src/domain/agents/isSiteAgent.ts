import type { Permission } from "@parley/protocol/permissions";
import { parseJson } from "../../lib/json";

/**
 * Whether a user (their role's permissions and site list, as stored) answers live chats on this site
 * (or, with `permission`, does that other agent's work there: meetings.host for meeting hosts).
 */
export function isSiteAgent(
  user: { permissions: string; site_ids: string | null },
  siteId: string,
  permission: Permission = "livechat.answer",
): boolean {
  const permissions = parseJson<string[]>(user.permissions, []);
  const sites = parseJson<string[] | null>(user.site_ids, null);
  return permissions.includes(permission) && (sites === null || sites.includes(siteId));
}
