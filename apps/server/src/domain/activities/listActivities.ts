import type { ActivityListQuery, ActivityPage } from "@parley/protocol/activities";
import { type Kysely, sql } from "kysely";
import { storedInstant } from "../../lib/instant";
import type { Database } from "../../store/schema";
import { readSeekPage } from "../people/readSeekPage";
import { presentTimelineEntry, selectActivities } from "./selectActivities";

/**
 * The site's activities, newest first, keyset-paged by (at, id) over activities_site_at (migration 0018; a person's
 * or visitor's over their own (…, at, id) indexes), with the dialogue's name.
 */
export async function listActivities(
  db: Kysely<Database>,
  siteId: string,
  query: ActivityListQuery,
): Promise<ActivityPage> {
  let select = selectActivities(db).where("activities.site_id", "=", siteId);
  if (query.type) select = select.where("activities.type", "=", query.type);
  if (query.personId) select = select.where("activities.person_id", "=", query.personId);
  if (query.visitorId) select = select.where("activities.visitor_id", "=", query.visitorId);
  if (query.dialogueId) select = select.where("activities.dialogue_id", "=", query.dialogueId);
  if (query.since) select = select.where("activities.at", ">=", storedInstant(query.since));
  if (query.until) select = select.where("activities.at", "<", storedInstant(query.until));
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
      ...presentTimelineEntry(row),
      visitorId: row.visitor_id,
      personId: row.person_id,
    })),
    nextCursor,
  };
}
