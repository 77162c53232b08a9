import { PERMISSION_AREAS, PERMISSION_LABELS, type PermissionArea } from "@parley/protocol/permissions";

export interface PermissionGroup {
  area: string;
  permissions: { name: string; label: string }[];
}

/** Headings for the four permission areas of product.md §10; the API names areas by key only. */
export const AREA_LABELS: Record<string, string> = {
  conversations: "Conversations — dialogues, flows and live chat",
  activities: "Activities — people and reports",
  agents: "Agents — meetings, availability, routing and teams",
  configuration: "Configuration — sites, fields, integrations and users",
};

export function areaLabel(area: string): string {
  return AREA_LABELS[area] ?? area.charAt(0).toUpperCase() + area.slice(1);
}

/** The permission groups from the shared protocol (what GET /api/permissions answers, without asking). */
export const PERMISSION_GROUPS: readonly PermissionGroup[] = (
  Object.keys(PERMISSION_AREAS) as PermissionArea[]
).map((area) => ({
  area,
  permissions: PERMISSION_AREAS[area].map((name) => ({ name, label: PERMISSION_LABELS[name] })),
}));
