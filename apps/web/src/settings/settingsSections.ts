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
    | "/settings/outbox";
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
  { slug: "outbox", path: "/settings/outbox", label: "Outbox", permissions: ["users.manage"] },
];
