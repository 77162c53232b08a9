/**
 * Fills one site with `n` people (and n/50 companies) in a few set-based statements, so a million
 * rows take seconds, not the hours one INSERT per person would. The data looks like a real site's:
 * ~85 % known people (lower-case email), ~15 % anonymous (made for a visitor's answers, no email),
 * names from bench/names.ts, a company for about 1 in 3, two custom fields, and created/updated
 * instants over two years written exactly as nowIso() writes them.
 *
 * Rows are chosen by a pseudo-random sequence computed in SQL (a multiplicative hash of the row
 * number, then Lehmer steps), identical on SQLite and PostgreSQL, so both hold the same people.
 */
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "../apps/server/src/store/schema";
import { FIRST_NAMES, LAST_NAMES } from "./names";

/** First name of the few people the "rare" search finds (no name in bench/names.ts starts with "quil"). */
export const RARE_NAME = "Quillon";
export const RARE_MATCHES = 5;
const MAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de", "orange.fr"];
const JOBS = ["CEO", "CTO", "Head of Marketing", "Marketing Manager", "Developer", "Designer", "Sales Lead"];
const PLANS = ["free", "pro", "team", "enterprise"];
const START = Date.parse("2024-12-01T00:00:00.000Z") / 1000;
const SPAN = 730 * 86_400; // two years, in seconds

interface Dialect {
  /** Rows n = 1..count. */
  series(count: number): string;
  /** An ISO 8601 instant like nowIso(): seconds after START plus milliseconds. */
  iso(seconds: string, ms: string): string;
  /** A UUID-shaped id: `prefix` (13 characters with its dashes) then n as 12 hex digits. */
  id(prefix: string, n: string): string;
}

const DIALECTS: Record<"sqlite" | "postgres", Dialect> = {
  sqlite: {
    series: (count) =>
      `(WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ${count}) SELECT n FROM s)`,
    iso: (s, ms) =>
      `strftime('%Y-%m-%dT%H:%M:%S', ${START} + ${s}, 'unixepoch') || '.' || substr('00' || (${ms}), -3) || 'Z'`,
    id: (prefix, n) => `'${prefix}-4000-8000-' || printf('%012x', ${n})`,
  },
  postgres: {
    series: (count) => `(SELECT n::bigint AS n FROM generate_series(1, ${count}) AS n)`,
    iso: (s, ms) =>
      `to_char(to_timestamp(${START} + ${s}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || '.' || lpad((${ms})::text, 3, '0') || 'Z'`,
    id: (prefix, n) => `'${prefix}-4000-8000-' || lpad(to_hex(${n}), 12, '0')`,
  },
};

/** The pseudo-random columns r1..r4 of row n, and a created/updated pair in seconds (c ≤ u < SPAN). */
const randomRows = (d: Dialect, count: number) => `(
  SELECT n, r1, r2, r3, r4, r4 % ${SPAN} AS c, r4 % ${SPAN} + r2 % (${SPAN} - r4 % ${SPAN}) AS u FROM (
    SELECT n, r1, r2, r3, (r3 * 48271) % 2147483647 AS r4 FROM (
      SELECT n, r1, r2, (r2 * 48271) % 2147483647 AS r3 FROM (
        SELECT n, r1, (r1 * 48271) % 2147483647 AS r2 FROM (
          SELECT n, (n * 2654435761) % 4294967296 AS r1 FROM ${d.series(count)} AS s) AS a) AS b) AS c) AS e)`;

/** A list as a temporary table (i from 0) the big INSERTs join on by index. */
const listTable = (name: string, values: string[]) =>
  sql`INSERT INTO ${sql.table(name)} (i, v) VALUES ${sql.join(values.map((v, i) => sql`(${i}, ${v})`))}`;

/**
 * The people table's own indexes (not those behind its primary key and unique constraints), as the
 * migrations made them: dropped before the bulk insert and built again, from the same definitions,
 * after it, which is many times faster than updating them row by row.
 */
async function ownIndexes(db: Kysely<Database>, kind: "sqlite" | "postgres") {
  const { rows } = await (
    kind === "sqlite"
      ? sql<{ name: string; definition: string }>`SELECT name, sql AS definition FROM sqlite_master
        WHERE type = 'index' AND tbl_name = 'people' AND sql IS NOT NULL`
      : sql<{
          name: string;
          definition: string;
        }>`SELECT indexname AS name, indexdef AS definition FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename = 'people'
          AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'people'::regclass)`
  ).execute(db);
  return rows;
}

export interface Seeded {
  people: number;
  companies: number;
  /** A company with people, for the company filter. */
  companyId: string;
  ms: number;
}

export async function seedPeople(
  db: Kysely<Database>,
  kind: "sqlite" | "postgres",
  siteId: string,
  count: number,
): Promise<Seeded> {
  const started = performance.now();
  const d = DIALECTS[kind];
  const companies = Math.max(1, Math.floor(count / 50));
  const prefix = crypto.randomUUID().slice(0, 8); // this run's ids: prefix-0001-… people, prefix-0002-… companies
  const raw = (text: string): RawBuilder<unknown> => sql.raw(text);
  const lit = (value: number) => sql.lit(value);
  const lists = {
    bench_first: FIRST_NAMES,
    bench_last: LAST_NAMES,
    bench_mail: MAIL,
    bench_job: JOBS,
    bench_plan: PLANS,
  };
  const [F, L] = [FIRST_NAMES.length, LAST_NAMES.length];
  const rare = Math.max(1, Math.floor(count / RARE_MATCHES)); // every rare-th person is the rare name
  await db.transaction().execute(async (trx) => {
    const indexes = await ownIndexes(trx, kind);
    for (const { name } of indexes) await sql`DROP INDEX ${sql.id(name)}`.execute(trx);
    for (const [name, values] of Object.entries(lists)) {
      const temp = kind === "postgres" ? "ON COMMIT DROP" : "";
      await sql`CREATE TEMP TABLE ${sql.table(name)} (i INTEGER PRIMARY KEY, v TEXT NOT NULL) ${raw(temp)}`.execute(
        trx,
      );
      await listTable(name, values).execute(trx);
    }
    await sql`INSERT INTO companies (id, site_id, name, domain, owner_id, fields, created_at, updated_at)
      SELECT ${raw(d.id(`${prefix}-0002`, "n"))}, ${siteId},
        l.v || CASE r1 % 3 WHEN 0 THEN ' Labs' WHEN 1 THEN ' GmbH' ELSE ' Inc' END,
        lower(l.v) || '-' || n || '.com', NULL, '{}', ${raw(d.iso("c", "r1 % 1000"))}, ${raw(d.iso("u", "r2 % 1000"))}
      FROM ${raw(randomRows(d, companies))} AS g JOIN bench_last l ON l.i = n % ${lit(L)}`.execute(trx);
    // k: the person's company (1 in 3); a person with a company has an email at its domain.
    await sql`INSERT INTO people
        (id, site_id, email, first_name, last_name, phone, job_title, company_id, fields, created_at, updated_at)
      SELECT ${raw(d.id(`${prefix}-0001`, "n"))}, ${siteId},
        CASE WHEN known = 1 THEN lower(first || '.' || l.v || n) || '@' || coalesce(lower(lc.v) || '-' || k || '.com', m.v) END,
        CASE WHEN known = 1 OR r3 % 3 = 0 THEN first END,
        CASE WHEN known = 1 THEN l.v END,
        CASE WHEN known = 1 AND r4 % 4 = 0 THEN '+1 555 01' || (r4 % 100) END,
        CASE WHEN known = 1 AND r3 % 2 = 0 THEN j.v END,
        CASE WHEN k IS NOT NULL THEN ${raw(d.id(`${prefix}-0002`, "k"))} END,
        CASE WHEN r4 % 5 < 3 THEN '{"plan":"' || p.v || '","score":' || ((r4 / 5) % 100) || '}' ELSE '{}' END,
        ${raw(d.iso("c", "r1 % 1000"))}, ${raw(d.iso("u", "r2 % 1000"))}
      FROM (
        SELECT g.*, CASE WHEN n % ${lit(rare)} = 0 THEN ${RARE_NAME} ELSE f.v END AS first,
          CASE WHEN (r1 / ${lit(F * L)}) % 100 < 85 OR n % ${lit(rare)} = 0 THEN 1 ELSE 0 END AS known,
          CASE WHEN r2 % 3 = 0 THEN (r2 / 3) % ${lit(companies)} + 1 END AS k
        FROM ${raw(randomRows(d, count))} AS g JOIN bench_first f ON f.i = r1 % ${lit(F)}
      ) AS h
      JOIN bench_last l ON l.i = (r1 / ${lit(F)}) % ${lit(L)}
      JOIN bench_mail m ON m.i = r3 % ${lit(MAIL.length)}
      JOIN bench_job j ON j.i = (r3 / 2) % ${lit(JOBS.length)}
      JOIN bench_plan p ON p.i = (r4 / 500) % ${lit(PLANS.length)}
      LEFT JOIN bench_last lc ON lc.i = k % ${lit(L)}`.execute(trx);
    await trx
      .insertInto("field_definitions")
      .values(
        [
          { key: "plan", label: "Plan", type: "picklist", options: JSON.stringify(PLANS) },
          { key: "score", label: "Score", type: "number", options: "[]" },
        ].map((f) => ({
          ...f,
          id: crypto.randomUUID(),
          site_id: siteId,
          entity: "person",
          built_in: 0,
          created_at: new Date(START * 1000).toISOString(),
        })),
      )
      .execute();
    for (const { definition } of indexes) await sql.raw(definition).execute(trx);
    if (kind === "sqlite")
      for (const name of Object.keys(lists)) await sql`DROP TABLE ${sql.table(name)}`.execute(trx);
  });
  // PostgreSQL's autovacuum would analyze the new rows within a minute; do it now so plans do not depend on when.
  if (kind === "postgres") await sql`ANALYZE people, companies`.execute(db);
  return {
    people: count,
    companies,
    companyId: `${prefix}-0002-4000-8000-${"1".padStart(12, "0")}`,
    ms: performance.now() - started,
  };
}
