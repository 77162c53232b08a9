import type { VisitorAttributes } from "@parley/flow/conditions/conditionContext";
import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";

/** Stores a page view and keeps the visitor's latest inferred attributes. */
export async function recordPageView(
  db: Kysely<Database>,
  input: { siteId: string; visitorId: string; attributes: VisitorAttributes },
): Promise<void> {
  const at = nowIso();
  await db
    .insertInto("page_views")
    .values({
      id: newId(),
      site_id: input.siteId,
      visitor_id: input.visitorId,
      url: input.attributes.page?.url ?? "",
      referrer: input.attributes.referrer ?? null,
      attributes: toJson(input.attributes),
      at,
    })
    .execute();
  await db
    .updateTable("visitors")
    .set({ attributes: toJson(input.attributes), last_seen_at: at })
    .where("id", "=", input.visitorId)
    .execute();
}
