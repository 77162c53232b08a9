import { type Kysely, PostgresAdapter, sql } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * Indexes for the People and Companies lists (domain/people/listPeople.ts, listCompanies.ts) and the
 * person's detail reads, so that every sort, the company filter and the prefix search are index
 * range scans that stop after one page: a page costs the same at 1,000 and at 1,000,000 people.
 *
 * Text sort keys are expressions: NULL becomes '' (NULLs cannot be compared in a seek and the two
 * databases put them at different ends), letters fold to lower case, and on PostgreSQL the key is in
 * the "C" collation so that ranges, prefixes and lower() (ASCII only under "C", as on SQLite) give
 * the same answers as SQLite's bytewise comparison whatever the database's locale. The queries use
 * these very expressions, or the planner would not match them to the index.
 */
const TEXT_KEYS = {
  email: "coalesce(email, '')",
  name: "coalesce(first_name, '') || ' ' || coalesce(last_name, '')",
  last_name: "coalesce(last_name, '')",
};
const COMPANY_KEYS = { name: "name", domain: "coalesce(domain, '')" };

export async function up(db: AnyDb): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const key = (expr: string) => (postgres ? `(lower((${expr}) COLLATE "C"))` : `lower(${expr})`);
  const index = (name: string, table: string, columns: string) =>
    sql.raw(`create index ${name} on ${table} (${columns})`).execute(db);

  await index("people_site_updated", "people", "site_id, updated_at, id");
  await index("people_site_created", "people", "site_id, created_at, id");
  await index("people_site_email_key", "people", `site_id, ${key(TEXT_KEYS.email)}, id`);
  await index("people_site_name_key", "people", `site_id, ${key(TEXT_KEYS.name)}, id`);
  await index("people_site_last_name_key", "people", `site_id, ${key(TEXT_KEYS.last_name)}, id`);
  await index("people_company_updated", "people", "site_id, company_id, updated_at, id");

  await index("companies_site_name_key", "companies", `site_id, ${key(COMPANY_KEYS.name)}, id`);
  await index("companies_site_domain_key", "companies", `site_id, ${key(COMPANY_KEYS.domain)}, id`);
  await index("companies_site_updated", "companies", "site_id, updated_at, id");
  await index("companies_site_created", "companies", "site_id, created_at, id");

  // The timeline pages by (at, id); a person's conversations are listed newest first.
  await db.schema.dropIndex("activities_person_at").execute();
  await index("activities_person_at", "activities", "person_id, at, id");
  await index("conversations_person", "conversations", "person_id, started_at");
}
