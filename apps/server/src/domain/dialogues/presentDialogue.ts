import { type Dialogue, FlowSettings, Targeting } from "@parley/protocol/dialogues";
import { parseJson } from "../../lib/json";
import type { DialogueTable } from "../../store/schema";

export const presentDialogue = (row: DialogueTable): Dialogue => ({
  id: row.id,
  siteId: row.site_id,
  kind: row.kind as Dialogue["kind"],
  name: row.name,
  description: row.description,
  status: row.status as Dialogue["status"],
  priority: row.priority,
  schedule: { start: row.schedule_start, end: row.schedule_end },
  targeting: Targeting.parse(parseJson<object>(row.targeting, {})),
  flowSettings: FlowSettings.parse(parseJson<object>(row.flow_settings, {})),
  draft: parseJson<unknown>(row.draft, null),
  publishedVersion: row.published_version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});
