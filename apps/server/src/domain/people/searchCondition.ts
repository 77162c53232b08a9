import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type RawBuilder,
  type SqlBool,
  sql,
} from "kysely";
import type { DbKind } from "../../store/db";
import type { Database } from "../../store/schema";
import { prefixRange } from "./prefixRange";

/**
 * From how many matches a search stops reading the prefix ranges and walks the sort's index instead.
 * Below it the ranges give fewer than this many rows to sort (cheap); at or above it one page in
 * sort order costs about (limit + 1) × people / matches rows, at most (limit + 1) × people / this.
 * The two costs meet near sqrt(51 × people): ~2,300 at 100,000 people, ~7,000 at 1,000,000.
 */
export const COMMON_SEARCH_MATCHES = 2000;

type Where = (eb: ExpressionBuilder<Database, "people">) => Expression<SqlBool>;

/**
 * The condition of a search (`q`, ASCII-lower): a prefix of the email, name or last name key.
 *
 * The planners cannot tell a common prefix from a rare one (SQLite has no statistics: the server
 * never runs ANALYZE), and each plan is wrong for the other: reading the three prefix ranges sorts
 * every match (80,000 rows for "ma" at 1M people), walking the sort's index and filtering reads the
 * whole site for 5 matches. So the matches are counted first, up to `common`, and the plan is chosen
 * by the answer. The count reads each key's range of its own index in index order (so that neither
 * planner prefers a table scan), and stops when the ranges together hold `common` entries; a person
 * matching by two keys counts twice, which only moves the choice. The walk tests the keys through
 * `|| ''`, the same value but not the indexed expression, so that no planner can go back to the
 * ranges (and then sort) for it; the site alone leads to the sort's index, read in order until the
 * page is full.
 */
export async function searchCondition(
  db: Kysely<Database>,
  kind: DbKind,
  siteId: string,
  q: string,
  keys: RawBuilder<string>[],
  common = COMMON_SEARCH_MATCHES,
): Promise<Where> {
  const { from, to } = prefixRange(q);
  let matches = 0;
  for (const k of keys) {
    const counted = await db
      .selectFrom((d) =>
        d
          .selectFrom("people")
          .select(sql<number>`1`.as("one"))
          .where("site_id", "=", siteId)
          .where(k, ">=", from)
          .where(k, "<", to)
          .orderBy(k)
          .limit(common - matches)
          .as("m"),
      )
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirst();
    matches += Number(counted?.n ?? 0);
    if (matches >= common) break;
  }
  if (matches < common)
    // The site is named inside each branch, and only there: each branch alone is a range of its index.
    return (eb) =>
      eb.or(keys.map((k) => eb.and([eb("site_id", "=", siteId), eb(k, ">=", from), eb(k, "<", to)])));

  const unindexed = (k: RawBuilder<string>) =>
    kind === "postgres" ? sql<string>`((${k} || '') collate "C")` : sql<string>`(${k} || '')`;
  return (eb) =>
    eb.and([
      eb("site_id", "=", siteId),
      eb.or(keys.map((k) => eb.and([eb(unindexed(k), ">=", from), eb(unindexed(k), "<", to)]))),
    ]);
}
