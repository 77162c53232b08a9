import type {
  ConditionContext,
  FieldValue,
  VisitorAttributes,
} from "@parley/flow/conditions/conditionContext";
import type { Kysely } from "kysely";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { latestPageView } from "./latestPageView";
import { siteSegments } from "./siteSegments";

type Fields = Record<string, FieldValue>;

/**
 * What targeting conditions and tokens can see about a visitor: their person, company, visit and the
 * site's segments. `attributes` defaults to those of the visitor's latest page view (or, before any,
 * the ones stored with the visitor); `segments: false` skips loading segment definitions when nothing
 * will look at them. Also says whether the visitor exists and their latest visit (for page views).
 */
export async function conditionContextFor(
  db: Kysely<Database>,
  input: { siteId: string; visitorId: string; attributes?: VisitorAttributes; segments?: boolean },
): Promise<
  ConditionContext & {
    person: Fields;
    company: Fields;
    found: boolean;
    lastVisit: { sessionId: string; lastAt: string } | null;
  }
> {
  // One statement for the visitor, their latest page view, their person and the person's company.
  const row = await db
    .selectFrom("visitors")
    .leftJoin("people", "people.id", "visitors.person_id")
    .leftJoin("companies", "companies.id", "people.company_id")
    .select([
      "visitors.attributes",
      "people.id as personId",
      "people.fields as personFields",
      "people.email",
      "people.first_name",
      "people.last_name",
      "people.phone",
      "people.job_title",
      "companies.id as companyId",
      "companies.fields as companyFields",
      "companies.name as companyName",
      "companies.domain as companyDomain",
      (eb) => latestPageView(eb, "attributes").as("viewAttributes"),
      (eb) => latestPageView(eb, "session_id").as("viewSessionId"),
      (eb) => latestPageView(eb, "last_at").as("viewLastAt"),
    ])
    .where("visitors.id", "=", input.visitorId)
    .executeTakeFirst();
  let person: Fields = {};
  let company: Fields = {};
  if (row?.personId) {
    person = {
      ...parseJson<Fields>(row.personFields, {}),
      email: row.email,
      firstName: row.first_name,
      lastName: row.last_name,
      phone: row.phone,
      jobTitle: row.job_title,
    };
    if (row.companyId)
      company = {
        ...parseJson<Fields>(row.companyFields, {}),
        name: row.companyName,
        domain: row.companyDomain,
      };
  }
  const attributes =
    input.attributes ?? parseJson<VisitorAttributes>(row?.viewAttributes ?? row?.attributes ?? null, {});
  const segments = input.segments === false ? {} : await siteSegments(db, input.siteId);
  const lastVisit =
    row?.viewSessionId && row.viewLastAt ? { sessionId: row.viewSessionId, lastAt: row.viewLastAt } : null;
  return {
    person,
    company,
    visitor: attributes,
    segments,
    now: new Date().toISOString(),
    found: row !== undefined,
    lastVisit,
  };
}
