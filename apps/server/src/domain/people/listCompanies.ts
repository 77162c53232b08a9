import type { CompanyListQuery, CompanyPage } from "@parley/protocol/directory";
import { type ExpressionBuilder, type RawBuilder, sql } from "kysely";
import type { DbKind, Store } from "../../store/db";
import type { Database } from "../../store/schema";
import { presentCompany } from "./companyStore";
import { asciiLower, prefixRange } from "./prefixRange";
import { readSeekPage } from "./readSeekPage";

/** The sort and search keys, exactly as migration 0012 indexes them (see listPeople.ts for why). */
export function companyKeys(kind: DbKind): Record<CompanyListQuery["sort"] | "domain", RawBuilder<string>> {
  const text = (expr: string) =>
    sql.raw<string>(kind === "postgres" ? `lower((${expr}) COLLATE "C")` : `lower(${expr})`);
  return {
    name: text("name"),
    domain: text("coalesce(domain, '')"),
    updated: sql.raw<string>("updated_at"),
    created: sql.raw<string>("created_at"),
  };
}

/**
 * One page of a site's companies, keyset-paged like the people list, each with the number of its
 * people (counted for this page's companies only, through the people's company index).
 */
export async function listCompanies(
  store: Store,
  siteId: string,
  query: CompanyListQuery,
): Promise<CompanyPage> {
  const { db, kind } = store;
  const keys = companyKeys(kind);
  const key = keys[query.sort];
  const id = sql.raw<string>("id");
  let select = db.selectFrom("companies").selectAll().select(key.as("sort_key"));
  const q = query.q ? asciiLower(query.q) : "";
  // As in listPeople: a search names the site inside each branch only, so each is an index range.
  if (!q) select = select.where("site_id", "=", siteId);
  else {
    const { from, to } = prefixRange(q);
    select = select.where((eb: ExpressionBuilder<Database, "companies">) =>
      eb.or(
        [keys.name, keys.domain].map((k) =>
          eb.and([eb("site_id", "=", siteId), eb(k, ">=", from), eb(k, "<", to)]),
        ),
      ),
    );
  }
  const { page, nextCursor } = await readSeekPage(select, {
    key,
    id,
    sort: query.sort,
    order: query.order,
    limit: query.limit,
    cursor: query.cursor,
    keyOf: (row) => String(row.sort_key),
  });
  const counts = page.length
    ? await db
        .selectFrom("people")
        .select(["company_id", (eb) => eb.fn.countAll<number | string>().as("count")])
        .where("site_id", "=", siteId)
        .where(
          "company_id",
          "in",
          page.map((row) => row.id),
        )
        .groupBy("company_id")
        .execute()
    : [];
  const countOf = new Map(counts.map((c) => [c.company_id, Number(c.count)]));
  return {
    items: page.map((row) => ({ ...presentCompany(row), peopleCount: countOf.get(row.id) ?? 0 })),
    nextCursor,
  };
}
