import type { ConditionGroup } from "@parley/flow/conditions/condition";
import type { Kysely } from "kysely";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";

/** The site's saved segments by id, as a segment condition evaluates them. */
export async function siteSegments(
  db: Kysely<Database>,
  siteId: string,
): Promise<Record<string, ConditionGroup>> {
  const rows = await db
    .selectFrom("segments")
    .select(["id", "conditions"])
    .where("site_id", "=", siteId)
    .execute();
  return Object.fromEntries(
    rows.map((s) => [s.id, parseJson<ConditionGroup>(s.conditions, { match: "all", conditions: [] })]),
  );
}
