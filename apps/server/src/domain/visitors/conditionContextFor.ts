import type { ConditionGroup } from "@parley/flow/conditions/condition";
import type {
  ConditionContext,
  FieldValue,
  VisitorAttributes,
} from "@parley/flow/conditions/conditionContext";
import type { Kysely } from "kysely";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";

type Fields = Record<string, FieldValue>;

/** What targeting conditions and tokens can see about a visitor: their person, company, visit and the site's segments. */
export async function conditionContextFor(
  db: Kysely<Database>,
  input: { siteId: string; visitorId: string; attributes: VisitorAttributes },
): Promise<ConditionContext & { person: Fields; company: Fields }> {
  const visitor = await db
    .selectFrom("visitors")
    .select(["person_id"])
    .where("id", "=", input.visitorId)
    .executeTakeFirst();
  let person: Fields = {};
  let company: Fields = {};
  if (visitor?.person_id) {
    const row = await db
      .selectFrom("people")
      .selectAll()
      .where("id", "=", visitor.person_id)
      .executeTakeFirst();
    if (row) {
      person = {
        ...parseJson<Fields>(row.fields, {}),
        email: row.email,
        firstName: row.first_name,
        lastName: row.last_name,
        phone: row.phone,
        jobTitle: row.job_title,
      };
      if (row.company_id) {
        const c = await db
          .selectFrom("companies")
          .selectAll()
          .where("id", "=", row.company_id)
          .executeTakeFirst();
        if (c) company = { ...parseJson<Fields>(c.fields, {}), name: c.name, domain: c.domain };
      }
    }
  }
  const segmentRows = await db
    .selectFrom("segments")
    .select(["id", "conditions"])
    .where("site_id", "=", input.siteId)
    .execute();
  const segments = Object.fromEntries(
    segmentRows.map((s) => [s.id, parseJson<ConditionGroup>(s.conditions, { match: "all", conditions: [] })]),
  );
  return { person, company, visitor: input.attributes, segments, now: new Date().toISOString() };
}
