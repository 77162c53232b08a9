import type { TimelinePage } from "@parley/protocol/directory";
import { type Kysely, sql } from "kysely";
import { presentTimelineEntry, selectActivities } from "../activities/selectActivities";
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
  const select = selectActivities(db)
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
    items: page.map(presentTimelineEntry),
    nextCursor,
  };
}
