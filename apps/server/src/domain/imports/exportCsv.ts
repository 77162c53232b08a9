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

/**
 * The People list as CSV, with the list's filters and order, read a page at a time (memory stays
 * one page): `id`, the standard fields, `company` (its domain, or its name when it has none),
 * each custom field by key, then `createdAt` and `updatedAt`. The header names what an import maps
 * to, so the file imports back unchanged; cells are formula-safe (csvCell).
 */
export async function* exportPeopleCsv(
  store: Store,
  siteId: string,
  filters: Omit<PeopleListQuery, "limit" | "cursor">,
): AsyncGenerator<string> {
  const fields = await customFields(store, siteId, "person");
  const standard = ["id", "email", "firstName", "lastName", "phone", "jobTitle"] as const;
  yield csvLine([...standard, "company", ...fields.map((f) => f.key), "createdAt", "updatedAt"]);
  for (let cursor: string | undefined; ;) {
    const page = await listPeople(store, siteId, { ...filters, limit: PAGE, cursor });
    const companyIds = [...new Set(page.items.map((p) => p.companyId).filter((c): c is string => !!c))];
    const companies = companyIds.length
      ? await store.db
          .selectFrom("companies")
          .select(["id", "name", "domain"])
          .where("id", "in", companyIds)
          .execute()
      : [];
    const companyOf = new Map(companies.map((c) => [c.id, c.domain ?? c.name]));
    yield page.items
      .map((p) =>
        csvLine([
          ...standard.map((key) => p[key]),
          p.companyId ? companyOf.get(p.companyId) : null,
          ...fields.map((f) => text(p.fields[f.key])),
          p.createdAt,
          p.updatedAt,
        ]),
      )
      .join("");
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

/**
 * The Companies list as CSV, with its search and order, a page at a time: `id`, `name`, `domain`,
 * `owner` (the account owner's email), each custom field by key, `peopleCount`, `createdAt`,
 * `updatedAt`; formula-safe.
 */
export async function* exportCompaniesCsv(
  store: Store,
  siteId: string,
  filters: Omit<CompanyListQuery, "limit" | "cursor">,
): AsyncGenerator<string> {
  const fields = await customFields(store, siteId, "company");
  yield csvLine([
    "id",
    "name",
    "domain",
    "owner",
    ...fields.map((f) => f.key),
    "peopleCount",
    "createdAt",
    "updatedAt",
  ]);
  for (let cursor: string | undefined; ;) {
    const page = await listCompanies(store, siteId, { ...filters, limit: PAGE, cursor });
    const ownerIds = [...new Set(page.items.map((c) => c.ownerId).filter((o): o is string => !!o))];
    const owners = ownerIds.length
      ? await store.db.selectFrom("users").select(["id", "email"]).where("id", "in", ownerIds).execute()
      : [];
    const emailOf = new Map(owners.map((u) => [u.id, u.email]));
    yield page.items
      .map((c) =>
        csvLine([
          c.id,
          c.name,
          c.domain,
          c.ownerId ? emailOf.get(c.ownerId) : null,
          ...fields.map((f) => text(c.fields[f.key])),
          c.peopleCount,
          c.createdAt,
          c.updatedAt,
        ]),
      )
      .join("");
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}
