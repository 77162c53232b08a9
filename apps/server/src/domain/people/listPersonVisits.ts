import type { Visit } from "@parley/protocol/directory";
import type { Kysely } from "kysely";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { getPerson } from "./personStore";

const MAX_VISITS = 50;

/**
 * The visits of the person's visitors, newest first (at most 50): page_views rows grouped by their
 * visit (session_id), each page with its count and first and last time; the visit's attributes are
 * those of its latest page view. A person of another site is a 404.
 */
export async function listPersonVisits(
  db: Kysely<Database>,
  siteId: string,
  personId: string,
): Promise<Visit[]> {
  await getPerson(db, siteId, personId);
  const visits = await db
    .selectFrom("page_views")
    .innerJoin("visitors", "visitors.id", "page_views.visitor_id")
    .select((eb) => [
      "page_views.session_id as sessionId",
      "page_views.visitor_id as visitorId",
      eb.fn.min("page_views.first_at").as("startedAt"),
      eb.fn.max("page_views.last_at").as("endedAt"),
    ])
    .where("visitors.person_id", "=", personId)
    .where("visitors.site_id", "=", siteId)
    .groupBy(["page_views.session_id", "page_views.visitor_id"])
    .orderBy("endedAt", "desc")
    .orderBy("page_views.session_id", "desc")
    .limit(MAX_VISITS)
    .execute();
  if (!visits.length) return [];
  const rows = await db
    .selectFrom("page_views")
    .select(["session_id", "url", "referrer", "views", "first_at", "last_at", "attributes"])
    .where(
      "session_id",
      "in",
      visits.map((v) => v.sessionId),
    )
    .orderBy("first_at")
    .orderBy("id")
    .execute();
  return visits.map((visit) => {
    const pages = rows.filter((row) => row.session_id === visit.sessionId);
    const latest = pages.reduce<(typeof pages)[number] | undefined>(
      (a, b) => (a && a.last_at >= b.last_at ? a : b),
      undefined,
    );
    return {
      id: visit.sessionId,
      visitorId: visit.visitorId,
      startedAt: String(visit.startedAt),
      endedAt: String(visit.endedAt),
      attributes: parseJson<Record<string, unknown>>(latest?.attributes ?? null, {}),
      pages: pages.map((page) => ({
        url: page.url,
        referrer: page.referrer,
        views: page.views,
        firstAt: page.first_at,
        lastAt: page.last_at,
      })),
    };
  });
}
