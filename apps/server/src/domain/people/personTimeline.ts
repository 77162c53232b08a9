import type { TimelinePage } from "@parley/protocol/directory";
import { type Kysely, sql } from "kysely";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { readSeekPage } from "./readSeekPage";
import { getPerson } from "./personStore";

/**
 * The person's activities, newest first, keyset-paged by (at, id) over the activities_person_at
 * index, with the dialogue's name. A person of another site is a 404.
 */
export async function personTimeline(
  db: Kysely<Database>,
  siteId: string,
  personId: string,
  query: { limit: number; cursor?: string },
): Promise<TimelinePage> {
  await getPerson(db, siteId, personId);
  const select = db
    .selectFrom("activities")
    .leftJoin("dialogues", "dialogues.id", "activities.dialogue_id")
    .selectAll("activities")
    .select("dialogues.name as dialogue_name")
    .where("activities.person_id", "=", personId)
    .where("activities.site_id", "=", siteId);
  const { page, nextCursor } = await readSeekPage(select, {
    key: sql.ref("activities.at"),
    id: sql.ref("activities.id"),
    sort: "at",
    order: "desc",
    limit: query.limit,
    cursor: query.cursor,
    keyOf: (row) => row.at,
  });
  return {
    items: page.map((row) => ({
      id: row.id,
      type: row.type,
      dialogueId: row.dialogue_id,
      dialogueName: row.dialogue_name,
      dialogueVersion: row.dialogue_version,
      pageUrl: row.page_url,
      data: parseJson<Record<string, unknown>>(row.data, {}),
      at: row.at,
    })),
    nextCursor,
  };
}
