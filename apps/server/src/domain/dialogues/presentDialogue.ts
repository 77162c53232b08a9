import { type Dialogue, FlowSettings, Targeting } from "@parley/protocol/dialogues";
import { parseJson } from "../../lib/json";
import type { DialogueTable } from "../../store/schema";
import { draftDiffers } from "./draftDiffers";

/** A dialogue row with the name of whoever saved it last (joined from users; null when unknown). */
export type DialogueRowWithEditor = DialogueTable & {
  updated_by_name?: string | null;
  /** The published version's stream (joined by the read; absent or null: none or unknown). */
  published_stream?: string | null;
};

export const presentDialogue = (row: DialogueRowWithEditor): Dialogue => ({
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
  draftRevision: row.draft_revision,
  publishedVersion: row.published_version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  updatedBy:
    row.updated_by && typeof row.updated_by_name === "string"
      ? { id: row.updated_by, name: row.updated_by_name }
      : null,
  draftChanged: row.published_version !== null && draftDiffers(row.draft, row.published_stream),
});
