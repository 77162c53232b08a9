import type { VisitorAttributes } from "@parley/flow/conditions/conditionContext";
import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";

/** The page a view counts for: its URL without the fragment (a jump inside a page is the same page). */
export function pageKey(url: string): string {
  const hash = url.indexOf("#");
  return hash < 0 ? url : url.slice(0, hash);
}

/**
 * Counts a page view in one statement: the visit's row for this page is created or has its count,
 * last time and latest attributes updated. Its latest row is also where the visitor's latest inferred
 * attributes are read from (conditionContextFor).
 */
export async function recordPageView(
  db: Kysely<Database>,
  input: { siteId: string; visitorId: string; sessionId: string; attributes: VisitorAttributes },
): Promise<void> {
  const at = nowIso();
  const attributes = toJson(input.attributes);
  await db
    .insertInto("page_views")
    .values({
      id: newId(),
      site_id: input.siteId,
      visitor_id: input.visitorId,
      session_id: input.sessionId,
      url: pageKey(input.attributes.page?.url ?? ""),
      referrer: input.attributes.referrer ?? null,
      attributes,
      views: 1,
      first_at: at,
      last_at: at,
    })
    .onConflict((oc) =>
      oc.columns(["visitor_id", "session_id", "url"]).doUpdateSet((eb) => ({
        views: eb("page_views.views", "+", 1),
        last_at: at,
        attributes,
      })),
    )
    .execute();
}
