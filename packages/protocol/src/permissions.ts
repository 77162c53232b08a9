/**
 * Every permission Parley checks, grouped in the four areas of product.md §10.
 * Roles are sets of these; API key scopes are too.
 */
export const PERMISSION_AREAS = {
  conversations: [
    "dialogues.view",
    "dialogues.manage",
    "dialogues.publish",
    "conversations.view_own",
    "conversations.view_all",
    "livechat.answer",
  ],
  activities: ["people.view", "people.manage", "reports.view", "reports.export"],
  agents: ["meetings.host", "meetings.manage", "availability.manage_own", "routing.manage", "agents.manage"],
  configuration: ["sites.manage", "fields.manage", "integrations.manage", "users.manage"],
} as const;

export type PermissionArea = keyof typeof PERMISSION_AREAS;
export type Permission = (typeof PERMISSION_AREAS)[PermissionArea][number];

export const PERMISSIONS: readonly Permission[] = Object.values(PERMISSION_AREAS).flat();

export const PERMISSION_LABELS: Record<Permission, string> = {
  "dialogues.view": "View dialogues and flows",
  "dialogues.manage": "Create and edit dialogues and flows",
  "dialogues.publish": "Publish dialogues and flows",
  "conversations.view_own": "View own conversations",
  "conversations.view_all": "View all conversations",
  "livechat.answer": "Answer live chats",
  "people.view": "View people and companies",
  "people.manage": "Edit, import and export people and companies",
  "reports.view": "View reports",
  "reports.export": "Export reports",
  "meetings.host": "Receive booked meetings (calendar agent)",
  "meetings.manage": "Manage all meetings",
  "availability.manage_own": "Manage own availability and calendar",
  "routing.manage": "Manage routing and rules",
  "agents.manage": "Manage agents and teams",
  "sites.manage": "Manage sites, branding, privacy and security",
  "fields.manage": "Manage person and company fields",
  "integrations.manage": "Manage integrations, webhooks and API keys",
  "users.manage": "Manage users and roles",
};

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
