import { PERMISSIONS, type Permission } from "./permissions";

export interface DefaultRole {
  key: string;
  name: string;
  permissions: readonly Permission[];
}

/** The default role profiles of product.md §10. They are created on first start and cannot be deleted. */
export const DEFAULT_ROLES: readonly DefaultRole[] = [
  {
    key: "marketing_user",
    name: "Marketing user",
    permissions: [
      "dialogues.view",
      "dialogues.manage",
      "conversations.view_all",
      "people.view",
      "reports.view",
    ],
  },
  {
    key: "live_agent",
    name: "Live agent",
    permissions: ["livechat.answer", "conversations.view_own", "people.view", "availability.manage_own"],
  },
  {
    key: "calendar_agent",
    name: "Calendar agent",
    permissions: ["meetings.host", "conversations.view_own", "people.view", "availability.manage_own"],
  },
  {
    key: "marketing_admin",
    name: "Marketing admin",
    permissions: [
      "dialogues.view",
      "dialogues.manage",
      "dialogues.publish",
      "conversations.view_all",
      "people.view",
      "people.manage",
      "reports.view",
      "reports.export",
      "fields.manage",
      "integrations.manage",
    ],
  },
  {
    key: "sales_admin",
    name: "Sales admin",
    permissions: [
      "conversations.view_all",
      "livechat.answer",
      "meetings.host",
      "meetings.manage",
      "availability.manage_own",
      "routing.manage",
      "agents.manage",
      "people.view",
      "people.manage",
      "reports.view",
      "reports.export",
    ],
  },
  { key: "admin", name: "Admin", permissions: PERMISSIONS },
];
