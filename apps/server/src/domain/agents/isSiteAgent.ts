import { parseJson } from "../../lib/json";

/** Whether a user (their role's permissions and site list, as stored) answers live chats on this site. */
export function isSiteAgent(user: { permissions: string; site_ids: string | null }, siteId: string): boolean {
  const permissions = parseJson<string[]>(user.permissions, []);
  const sites = parseJson<string[] | null>(user.site_ids, null);
  return permissions.includes("livechat.answer") && (sites === null || sites.includes(siteId));
}
