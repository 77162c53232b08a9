import type { TimelinePage } from "@parley/protocol/directory";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import { listActivities } from "../activities/listActivities";
import { getPerson } from "./personStore";

/**
 * The person's activities, newest first, keyset-paged by (at, id) over the activities_person_at
 * index, with the dialogue's name: the site's activities list for one person. A person of another
 * site is a 404.
 */
export async function personTimeline(
  db: Kysely<Database>,
  siteId: string,
  personId: string,
  query: { limit: number; cursor?: string },
): Promise<TimelinePage> {
  await getPerson(db, siteId, personId);
  return listActivities(db, siteId, { personId, limit: query.limit, cursor: query.cursor });
}
