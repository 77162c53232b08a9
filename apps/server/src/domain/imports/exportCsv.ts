import type { CompanyListQuery, PeopleListQuery } from "@parley/protocol/directory";
import type { FieldDefinition } from "@parley/protocol/fields";
import { csvLine } from "../../lib/csv";
import type { Store } from "../../store/db";
import { listFields } from "../fields/fieldStore";
import { listCompanies } from "../people/listCompanies";
import { listPeople } from "../people/listPeople";

const PAGE = 200;

type Cell = string | number | null | undefined;
const text = (value: unknown): Cell =>
  value === null || value === undefined ? null : typeof value === "number" ? value : String(value);

const customFields = async (store: Store, siteId: string, entity: FieldDefinition["entity"]) =>
  (await listFields(store.db, siteId)).filter((f) => f.entity === entity && !f.builtIn);

interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}

/**
 * A list as CSV lines, a page at a time (memory stays one page). The first page is read before
 * anything is sent, so a bad filter is a 400, not a broken download.
 */
async function pagedCsv<Item>(
  header: readonly string[],
  read: (cursor?: string) => Promise<Page<Item>>,
  lines: (items: Item[]) => Promise<Cell[][]>,
): Promise<AsyncGenerator<string>> {
  const first = await read();
  return (async function* () {
    yield csvLine(header);
    for (let page = first; ; page = await read(page.nextCursor ?? undefined)) {
      yield (await lines(page.items)).map(csvLine).join("");
      if (!page.nextCursor) return;
    }
  })();
}

/**
 * The People list as CSV, with the list's filters and order: `id`, the standard fields, `company`
 * (its domain, or its name when it has none), each custom field by key, then `createdAt` and
 * `updatedAt`. The header names what an import maps to, so the file imports back unchanged; cells
 * are formula-safe (csvCell).
 */
export async function exportPeopleCsv(
  store: Store,
  siteId: string,
  filters: Omit<PeopleListQuery, "limit" | "cursor">,
): Promise<AsyncGenerator<string>> {
  const fields = await customFields(store, siteId, "person");
  const standard = ["id", "email", "firstName", "lastName", "phone", "jobTitle"] as const;
  return pagedCsv(
    [...standard, "company", ...fields.map((f) => f.key), "createdAt", "updatedAt"],
    (cursor) => listPeople(store, siteId, { ...filters, limit: PAGE, cursor }),
    async (people) => {
      const ids = [...new Set(people.map((p) => p.companyId).filter((c): c is string => !!c))];
      const companies = ids.length
        ? await store.db
            .selectFrom("companies")
            .select(["id", "name", "domain"])
            .where("id", "in", ids)
            .execute()
        : [];
      const companyOf = new Map(companies.map((c) => [c.id, c.domain ?? c.name]));
      return people.map((p) => [
        ...standard.map((key) => p[key]),
        p.companyId ? companyOf.get(p.companyId) : null,
        ...fields.map((f) => text(p.fields[f.key])),
        p.createdAt,
        p.updatedAt,
      ]);
    },
  );
}

/**
 * The Companies list as CSV, with its search and order: `id`, `name`, `domain`, `owner` (the
 * account owner's email), each custom field by key, `peopleCount`, `createdAt`, `updatedAt`;
 * formula-safe, and imports back unchanged.
 */
export async function exportCompaniesCsv(
  store: Store,
  siteId: string,
  filters: Omit<CompanyListQuery, "limit" | "cursor">,
): Promise<AsyncGenerator<string>> {
  const fields = await customFields(store, siteId, "company");
  return pagedCsv(
    ["id", "name", "domain", "owner", ...fields.map((f) => f.key), "peopleCount", "createdAt", "updatedAt"],
    (cursor) => listCompanies(store, siteId, { ...filters, limit: PAGE, cursor }),
    async (companies) => {
      const ids = [...new Set(companies.map((c) => c.ownerId).filter((o): o is string => !!o))];
      const owners = ids.length
        ? await store.db.selectFrom("users").select(["id", "email"]).where("id", "in", ids).execute()
        : [];
      const emailOf = new Map(owners.map((u) => [u.id, u.email]));
      return companies.map((c) => [
        c.id,
        c.name,
        c.domain,
        c.ownerId ? emailOf.get(c.ownerId) : null,
        ...fields.map((f) => text(c.fields[f.key])),
        c.peopleCount,
        c.createdAt,
        c.updatedAt,
      ]);
    },
  );
}
