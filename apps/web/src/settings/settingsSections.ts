import type { Permission } from "@parley/protocol/permissions";

export interface SettingsSection {
  /** The path segment after /settings/. */
  slug: string;
  label: string;
  /** Any one of these opens the section (the server checks the same). */
  permissions: readonly Permission[];
}

export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  { slug: "users", label: "Users", permissions: ["users.manage"] },
  { slug: "roles", label: "Roles", permissions: ["users.manage"] },
  { slug: "teams", label: "Teams", permissions: ["agents.manage"] },
  { slug: "api-keys", label: "API keys", permissions: ["integrations.manage"] },
  { slug: "sites", label: "Sites", permissions: ["sites.manage"] },
  { slug: "outbox", label: "Outbox", permissions: ["users.manage"] },
];
