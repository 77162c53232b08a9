import type { Company } from "@parley/protocol/people";
import type { Kysely } from "kysely";
import { badRequest, conflict, fieldProblem, notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { CompanyTable, Database } from "../../store/schema";
import type { CommandContext } from "../commandContext";
import { validateFieldValues } from "../fields/validateFieldValues";

type FieldValues = Company["fields"];

export const presentCompany = (row: CompanyTable): Company => ({
  id: row.id,
  siteId: row.site_id,
  name: row.name,
  domain: row.domain,
  ownerId: row.owner_id,
  fields: parseJson<FieldValues>(row.fields, {}),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function getCompany(db: Kysely<Database>, siteId: string, id: string): Promise<Company> {
  const row = await db
    .selectFrom("companies")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("Company");
  return presentCompany(row);
}

async function checkRefs(
  db: Kysely<Database>,
  siteId: string,
  input: { domain?: string | null; ownerId?: string | null; fields?: FieldValues },
  exceptId?: string,
): Promise<void> {
  if (input.domain) {
    let q = db
      .selectFrom("companies")
      .select("id")
      .where("site_id", "=", siteId)
      .where("domain", "=", input.domain);
    if (exceptId) q = q.where("id", "!=", exceptId);
    if (await q.executeTakeFirst())
      throw conflict(
        `A company with the domain ${input.domain} already exists`,
        fieldProblem("domain", "is already taken"),
      );
  }
  if (input.ownerId) {
    // The owner must reach the company's site: whoever edits it (and reaches the site) reaches them.
    const owner = await db
      .selectFrom("users")
      .select("site_ids")
      .where("id", "=", input.ownerId)
      .executeTakeFirst();
    const ownerSites = owner ? parseJson<string[] | null>(owner.site_ids, null) : [];
    if (ownerSites !== null && !ownerSites.includes(siteId))
      throw badRequest("The account owner is not a user of this site", [
        { path: "/ownerId", message: "is not a user of this site" },
      ]);
  }
  if (input.fields) await validateFieldValues(db, siteId, "company", input.fields);
}

/** Creates a company; once committed, the site's agents who may see people hear `company.created`. */
export async function createCompany(
  ctx: CommandContext,
  siteId: string,
  input: { name: string; domain: string | null; ownerId: string | null; fields: FieldValues },
): Promise<Company> {
  const { db } = ctx.store;
  const now = nowIso();
  const row: CompanyTable = {
    id: newId(),
    site_id: siteId,
    name: input.name,
    domain: input.domain,
    owner_id: input.ownerId,
    fields: toJson(input.fields),
    created_at: now,
    updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await checkRefs(trx, siteId, input);
    await trx.insertInto("companies").values(row).execute();
  });
  const company = presentCompany(row);
  await ctx.bus.publish({ channel: `site:${siteId}`, name: "company.created", data: company });
  return company;
}

/** Edits a company; once committed, the site's agents who may see people hear `company.updated`. */
export async function updateCompany(
  ctx: CommandContext,
  siteId: string,
  id: string,
  patch: { name?: string; domain?: string | null; ownerId?: string | null; fields?: FieldValues },
): Promise<Company> {
  const company = await ctx.store.db.transaction().execute(async (trx) => {
    const current = await getCompany(trx, siteId, id);
    await checkRefs(trx, siteId, patch, id);
    await trx
      .updateTable("companies")
      .set({
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.domain !== undefined && { domain: patch.domain }),
        ...(patch.ownerId !== undefined && { owner_id: patch.ownerId }),
        ...(patch.fields !== undefined && { fields: toJson({ ...current.fields, ...patch.fields }) }),
        updated_at: nowIso(),
      })
      .where("id", "=", id)
      .execute();
    return getCompany(trx, siteId, id);
  });
  await ctx.bus.publish({ channel: `site:${siteId}`, name: "company.updated", data: company });
  return company;
}

/** Deletes a company; once committed, the site's agents who may see people hear `company.deleted`. */
export async function deleteCompany(ctx: CommandContext, siteId: string, id: string): Promise<void> {
  const { db } = ctx.store;
  await getCompany(db, siteId, id);
  await db.deleteFrom("companies").where("id", "=", id).execute();
  await ctx.bus.publish({ channel: `site:${siteId}`, name: "company.deleted", data: { id } });
}

/** The site's company whose domain is the email's domain, if any. */
export async function companyIdForEmail(
  db: Kysely<Database>,
  siteId: string,
  email: string | null,
): Promise<string | null> {
  const domain = email?.split("@")[1];
  if (!domain) return null;
  const row = await db
    .selectFrom("companies")
    .select("id")
    .where("site_id", "=", siteId)
    .where("domain", "=", domain)
    .executeTakeFirst();
  return row?.id ?? null;
}
