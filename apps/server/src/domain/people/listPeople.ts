import type { PeopleListQuery, PeopleSort, PersonPage } from "@parley/protocol/directory";
import { type RawBuilder, sql } from "kysely";
import type { DbKind, Store } from "../../store/db";
import { fieldFilter } from "./fieldFilter";
import { asciiLower } from "./prefixRange";
import { readSeekPage } from "./readSeekPage";
import { presentPerson } from "./personStore";
import { searchCondition } from "./searchCondition";

/**
 * The sort keys, exactly as migration 0012 indexes them (the planner matches the text of the
 * expression). Text keys map NULL to '' (NULL would make the seek comparison unknown, and the
 * databases order NULLs differently) and fold ASCII case; on PostgreSQL they are in the "C" collation
 * so that order and prefix ranges are bytewise there too. Kept as expressions rather than maintained
 * columns: every path that writes a person (the engine, identify, the API) stays as it is.
 */
export function peopleKeys(kind: DbKind): Record<PeopleSort | "lastName", RawBuilder<string>> {
  const text = (expr: string) =>
    sql.raw<string>(kind === "postgres" ? `lower((${expr}) COLLATE "C")` : `lower(${expr})`);
  return {
    updated: sql.raw<string>("updated_at"),
    created: sql.raw<string>("created_at"),
    email: text("coalesce(email, '')"),
    name: text("coalesce(first_name, '') || ' ' || coalesce(last_name, '')"),
    lastName: text("coalesce(last_name, '')"),
  };
}

/** Tests make a search "common" from a few matches, to see both plans on little data. */
export interface PeopleListTuning {
  commonSearchMatches?: number;
}

const instant = (iso: string) => new Date(iso).toISOString();

/**
 * One page of a site's people, keyset-paged: the rows after the cursor's (key, id) in the index of
 * the sort, so every page costs one index range scan of `limit` rows. A search (prefix of email,
 * first name, last name or "first last") reads the matching ranges of three indexes and sorts the
 * matches when they are few, or walks the sort's index when they are many (searchCondition.ts).
 */
export async function listPeople(
  store: Store,
  siteId: string,
  query: PeopleListQuery,
  tuning: PeopleListTuning = {},
): Promise<PersonPage> {
  const { db, kind } = store;
  const keys = peopleKeys(kind);
  const key = keys[query.sort];
  const id = sql.raw<string>("id");
  const fieldCondition = query.field
    ? await fieldFilter(db, kind, siteId, { field: query.field, op: query.op, value: query.value })
    : null;

  let select = db.selectFrom("people").selectAll().select(key.as("sort_key"));
  const q = query.q ? asciiLower(query.q) : "";
  if (!q) select = select.where("site_id", "=", siteId);
  else
    select = select.where(
      await searchCondition(
        db,
        kind,
        siteId,
        q,
        [keys.email, keys.name, keys.lastName],
        tuning.commonSearchMatches,
      ),
    );
  if (query.known === "known") select = select.where("email", "is not", null);
  if (query.known === "anonymous") select = select.where("email", "is", null);
  if (query.companyId) select = select.where("company_id", "=", query.companyId);
  if (fieldCondition) select = select.where(fieldCondition);
  if (query.createdFrom) select = select.where("created_at", ">=", instant(query.createdFrom));
  if (query.createdTo) select = select.where("created_at", "<", instant(query.createdTo));
  if (query.updatedFrom) select = select.where("updated_at", ">=", instant(query.updatedFrom));
  if (query.updatedTo) select = select.where("updated_at", "<", instant(query.updatedTo));
  const { page, nextCursor } = await readSeekPage(select, {
    key,
    id,
    sort: query.sort,
    order: query.order,
    limit: query.limit,
    cursor: query.cursor,
    keyOf: (row) => String(row.sort_key),
  });
  const companyIds = [...new Set(page.map((row) => row.company_id).filter((c): c is string => c !== null))];
  const companies = companyIds.length
    ? await db.selectFrom("companies").select(["id", "name"]).where("id", "in", companyIds).execute()
    : [];
  const names = new Map(companies.map((c) => [c.id, c.name]));
  return {
    items: page.map((row) => ({
      ...presentPerson(row),
      companyName: names.get(row.company_id ?? "") ?? null,
    })),
    nextCursor,
  };
}
