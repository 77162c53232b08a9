import type { TimelineEntry } from "@parley/protocol/directory";
import type { Kysely } from "kysely";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";

/** Activities with their dialogue's name: the timeline's and the activities list's rows. */
export function selectActivities(db: Kysely<Database>) {
  return db
    .selectFrom("activities")
    .leftJoin("dialogues", "dialogues.id", "activities.dialogue_id")
    .selectAll("activities")
    .select("dialogues.name as dialogue_name");
}

type ActivityRow = Awaited<ReturnType<ReturnType<typeof selectActivities>["executeTakeFirstOrThrow"]>>;

export const presentTimelineEntry = (row: ActivityRow): TimelineEntry => ({
  id: row.id,
  type: row.type,
  dialogueId: row.dialogue_id,
  dialogueName: row.dialogue_name,
  dialogueVersion: row.dialogue_version,
  pageUrl: row.page_url,
  data: parseJson<Record<string, unknown>>(row.data, {}),
  at: row.at,
});
