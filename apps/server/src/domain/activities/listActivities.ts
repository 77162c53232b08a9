import type { ActivityListQuery, ActivityPage } from "@parley/protocol/activities";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import { readNewestFirstPage } from "../people/readSeekPage";
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
  const { page, nextCursor } = await readNewestFirstPage(
    selectActivities(db).where("activities.site_id", "=", siteId),
    {
      equal: [
        ["activities.type", query.type],
        ["activities.person_id", query.personId],
        ["activities.visitor_id", query.visitorId],
        ["activities.dialogue_id", query.dialogueId],
      ],
      time: "activities.at",
      sort: "at",
      keyOf: (row) => row.at,
      id: "activities.id",
      query,
    },
  );
  return {
    items: page.map((row) => ({
      ...presentTimelineEntry(row),
      visitorId: row.visitor_id,
      personId: row.person_id,
    })),
    nextCursor,
  };
}
