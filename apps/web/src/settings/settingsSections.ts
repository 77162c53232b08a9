import type { Permission } from "@parley/protocol/permissions";

export interface SettingsSection {
  /** The path segment after /settings/. */
  slug: string;
  /** The section's route. */
  path:
    | "/settings/users"
    | "/settings/roles"
    | "/settings/teams"
    | "/settings/api-keys"
    | "/settings/sites"
    | "/settings/answers"
    | "/settings/outbox"
    | "/settings/live-chat"
    | "/settings/routing"
    | "/settings/canned-responses"
    | "/settings/agents"
    | "/settings/meetings"
    | "/settings/webhooks"
    | "/settings/retention";
  label: string;
  /** Any one of these opens the section (the server checks the same). */
  permissions: readonly Permission[];
}

export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  { slug: "users", path: "/settings/users", label: "Users", permissions: ["users.manage"] },
  { slug: "roles", path: "/settings/roles", label: "Roles", permissions: ["users.manage"] },
  { slug: "teams", path: "/settings/teams", label: "Teams", permissions: ["agents.manage"] },
  { slug: "api-keys", path: "/settings/api-keys", label: "API keys", permissions: ["integrations.manage"] },
  { slug: "sites", path: "/settings/sites", label: "Sites", permissions: ["sites.manage"] },
  // The answer library is read like dialogues and changed with dialogues.manage (as the server's routes).
  {
    slug: "answers",
    path: "/settings/answers",
    label: "Answer library",
    permissions: ["dialogues.view", "dialogues.manage"],
  },
  { slug: "outbox", path: "/settings/outbox", label: "Outbox", permissions: ["users.manage"] },
  // Live chat. Settings and routing are routing.manage's (the server lets agents read the settings,
  // in the inbox); canned responses are changed with either permission; the agents list is read with
  // either and changed (limits, photos) with agents.manage.
  { slug: "live-chat", path: "/settings/live-chat", label: "Live chat", permissions: ["routing.manage"] },
  {
    slug: "routing",
    path: "/settings/routing",
    label: "Routing",
    permissions: ["routing.manage", "agents.manage"],
  },
  {
    slug: "canned-responses",
    path: "/settings/canned-responses",
    label: "Canned responses",
    permissions: ["agents.manage", "routing.manage"],
  },
  {
    slug: "agents",
    path: "/settings/agents",
    label: "Agents",
    permissions: ["agents.manage", "routing.manage"],
  },
  // Meetings: the site's invitation texts are meetings.manage's or sites.manage's; any host's
  // availability and calendars (Meetings › Hosts) are changed with meetings.manage or agents.manage.
  {
    slug: "meetings",
    path: "/settings/meetings",
    label: "Meetings",
    permissions: ["meetings.manage", "sites.manage", "agents.manage"],
  },
  { slug: "webhooks", path: "/settings/webhooks", label: "Webhooks", permissions: ["integrations.manage"] },
  // Retention and erasure are privacy settings (sites.manage: "sites, branding, privacy and security").
  { slug: "retention", path: "/settings/retention", label: "Data retention", permissions: ["sites.manage"] },
];
