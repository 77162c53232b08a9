import { CompiledQuery } from "kysely";
import { expect, it } from "vitest";
import { describeOnDatabase } from "../../testing/describeEachDatabase";
import { newSite } from "../../testing/factories";
import type { TestServer } from "../../testing/testServer";

// Every statement the store runs; the job worker is off so nothing else runs meanwhile.
const statements: string[] = [];

// From this many matches a search walks the sort's index (the default is far larger).
const COMMON = 4;

interface Page {
  nextCursor: string | null;
}

/** The SQL the list ran for one request: the select from people that pages (not a search's count). */
async function listSql(server: TestServer, get: () => Promise<unknown>): Promise<string> {
  statements.length = 0;
  await get();
  const found = statements.filter(
    (s) =>
      /^\s*select\b/i.test(s) && /from "people"/i.test(s) && /\blimit\b/i.test(s) && !/count\(\*\)/i.test(s),
  );
  expect(found).toHaveLength(1);
  return found[0] ?? "";
}

/** SQLite's plan for a statement: one line per step ("SEARCH people USING INDEX …"). */
async function planOf(server: TestServer, text: string): Promise<string[]> {
  const parameters = Array.from(text.matchAll(/\?/g), () => "x");
  const result = await server.parley.ctx.store.db.executeQuery<{ detail: string }>(
    CompiledQuery.raw(`explain query plan ${text}`, parameters),
  );
  return result.rows.map((row) => row.detail);
}

describeOnDatabase(
  "sqlite",
  "people list query plans",
  (server) => {
    it("every sort, the company filter and a later page are index range scans in index order; a search reads index ranges only", async () => {
      const admin = await server().admin();
      const siteId = await newSite(admin, "Plans");
      for (let i = 0; i < 3; i++)
        await admin.post(`/api/sites/${siteId}/people`, { email: `p${i}@example.test` });
      const list = (params: string) => () => admin.get<Page>(`/api/sites/${siteId}/people?limit=2&${params}`);

      for (const sort of ["updated", "created", "name", "email"]) {
        for (const order of ["asc", "desc"]) {
          const first = await admin.get<Page>(
            `/api/sites/${siteId}/people?limit=2&sort=${sort}&order=${order}`,
          );
          for (const params of [
            `sort=${sort}&order=${order}`,
            `sort=${sort}&order=${order}&cursor=${first.body.nextCursor}`,
            `sort=${sort}&order=${order}&known=known&field=firstName&op=empty`,
          ]) {
            const plan = await planOf(server(), await listSql(server(), list(params)));
            const label = `${params}: ${plan.join(" | ")}`;
            expect(
              plan.some((step) => /^SEARCH people USING INDEX people_site_\w+ \(site_id=\?/.test(step)),
              label,
            ).toBe(true);
            expect(
              plan.some((step) => /^SCAN people\b/.test(step)),
              label,
            ).toBe(false);
            expect(
              plan.some((step) => /TEMP B-TREE/.test(step)),
              label,
            ).toBe(false);
          }
        }
      }

      const company = await admin.post<{ id: string }>(`/api/sites/${siteId}/companies`, { name: "Acme" });
      const byCompany = await planOf(server(), await listSql(server(), list(`companyId=${company.body.id}`)));
      expect(byCompany.join(" | ")).toMatch(
        /SEARCH people USING INDEX people_company_updated \(site_id=\? AND company_id=\?\)/,
      );
      expect(
        byCompany.some((step) => /^SCAN people\b|TEMP B-TREE/.test(step)),
        byCompany.join(" | "),
      ).toBe(false);

      // A search reads the matching range of each of its three indexes (and sorts only the matches).
      const search = await planOf(server(), await listSql(server(), list("q=ada")));
      const label = search.join(" | ");
      expect(
        search.some((step) => /^SCAN people\b/.test(step)),
        label,
      ).toBe(false);
      for (const index of ["people_site_email_key", "people_site_name_key", "people_site_last_name_key"])
        expect(label).toMatch(
          new RegExp(`SEARCH people USING INDEX ${index} \\(site_id=\\? AND <expr>>\\? AND <expr><\\?\\)`),
        );
    });

    it("a rare prefix reads the prefix ranges; a common one walks the sort's index in order, without sorting; the count reads indexes only", async () => {
      const admin = await server().admin();
      const siteId = await newSite(admin, "Search plans");
      for (let i = 0; i < COMMON + 1; i++)
        await admin.post(`/api/sites/${siteId}/people`, {
          email: `mara${i}@example.test`,
          firstName: "Mara",
        });
      await admin.post(`/api/sites/${siteId}/people`, { email: "quill@example.test", lastName: "Quill" });
      const list = (params: string) => () => admin.get<Page>(`/api/sites/${siteId}/people?limit=2&${params}`);
      const ranges = (plan: string[]) =>
        ["people_site_email_key", "people_site_name_key", "people_site_last_name_key"].every((index) =>
          plan.some((step) =>
            new RegExp(
              `SEARCH people USING INDEX ${index} \\(site_id=\\? AND <expr>>\\? AND <expr><\\?\\)`,
            ).test(step),
          ),
        );

      for (const [sort, index] of [
        ["updated", "people_site_updated"],
        ["created", "people_site_created"],
        ["name", "people_site_name_key"],
        ["email", "people_site_email_key"],
      ]) {
        for (const order of ["asc", "desc"]) {
          const common = await planOf(
            server(),
            await listSql(server(), list(`q=ma&sort=${sort}&order=${order}`)),
          );
          const label = `q=ma ${sort} ${order}: ${common.join(" | ")}`;
          expect(
            common.some((step) =>
              new RegExp(`^SEARCH people USING INDEX ${index} \\(site_id=\\?\\)$`).test(step),
            ),
            label,
          ).toBe(true);
          expect(
            common.some((step) => /^SCAN people\b|TEMP B-TREE|MULTI-INDEX OR/.test(step)),
            label,
          ).toBe(false);

          const rare = await planOf(
            server(),
            await listSql(server(), list(`q=quil&sort=${sort}&order=${order}`)),
          );
          expect(ranges(rare), `q=quil ${sort} ${order}: ${rare.join(" | ")}`).toBe(true);
          expect(
            rare.some((step) => /^SCAN people\b/.test(step)),
            rare.join(" | "),
          ).toBe(false);
        }
      }

      // The count that chooses reads each key's range of its index, in index order, up to the bound.
      statements.length = 0;
      await list("q=quil")();
      const counts = statements.filter((s) => /count\(\*\)/i.test(s));
      expect(counts).toHaveLength(3);
      for (const count of counts) {
        const plan = (await planOf(server(), count)).join(" | ");
        expect(plan).toMatch(
          /SEARCH people USING (COVERING )?INDEX people_site_\w+_key \(site_id=\? AND <expr>>\? AND <expr><\?\)/,
        );
        expect(plan).not.toMatch(/SCAN people\b|TEMP B-TREE/);
      }
    });
  },
  {
    options: {
      onQuery: (sql) => statements.push(sql),
      jobs: { start: false },
      peopleList: { commonSearchMatches: COMMON },
    },
  },
);
