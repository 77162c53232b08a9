import type { AccountRoute } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import { conflict, fieldProblem, invalidField, notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import type { Database } from "../../store/schema";
import { siteAgentsByEmail } from "../agents/siteAgentsByEmail";

/** The site's account list (companies or email domains and their owner agent), by domain or company name. */
export async function listAccountRoutes(
  db: Kysely<Database>,
  siteId: string,
  ids?: string[],
): Promise<AccountRoute[]> {
  let query = db
    .selectFrom("account_routes as r")
    .innerJoin("users as u", "u.id", "r.owner_id")
    .leftJoin("companies as c", "c.id", "r.company_id")
    .select([
      "r.id",
      "r.domain",
      "r.company_id",
      "c.name as company_name",
      "r.owner_id",
      "u.name as owner_name",
      "r.created_at",
    ])
    .where("r.site_id", "=", siteId);
  if (ids) query = query.where("r.id", "in", ids);
  const rows = await query.execute();
  return rows
    .map((r) => ({
      id: r.id,
      domain: r.domain,
      companyId: r.company_id,
      companyName: r.company_name ?? null,
      ownerId: r.owner_id,
      ownerName: r.owner_name,
      createdAt: r.created_at,
    }))
    .sort(
      (a, b) =>
        (a.domain ?? a.companyName ?? "").localeCompare(b.domain ?? b.companyName ?? "") ||
        a.id.localeCompare(b.id),
    );
}

export type AccountTarget = { domain: string } | { companyId: string };

/**
 * Adds a domain or a company of the site with its owner: an active agent who answers live chats on
 * the site. A domain or company already on the list is a conflict.
 */
export async function createAccountRoute(
  db: Kysely<Database>,
  siteId: string,
  input: AccountTarget & { ownerId: string },
): Promise<AccountRoute> {
  return db.transaction().execute(async (trx) => {
    if (!(await siteAgentsByEmail(trx, siteId, [input.ownerId])).size)
      throw invalidField("ownerId", "is not an agent who answers live chats on this site");
    let existing = trx.selectFrom("account_routes").select("id").where("site_id", "=", siteId);
    if ("companyId" in input) {
      const company = await trx
        .selectFrom("companies")
        .select("name")
        .where("id", "=", input.companyId)
        .where("site_id", "=", siteId)
        .executeTakeFirst();
      if (!company) throw invalidField("companyId", "is not a company of this site");
      existing = existing.where("company_id", "=", input.companyId);
      if (await existing.executeTakeFirst())
        throw conflict(
          `${company.name} is already on the account list`,
          fieldProblem("companyId", "is already on the account list"),
        );
    } else {
      existing = existing.where("domain", "=", input.domain);
      if (await existing.executeTakeFirst())
        throw conflict(
          `${input.domain} is already on the account list`,
          fieldProblem("domain", "is already on the account list"),
        );
    }
    const id = newId();
    await trx
      .insertInto("account_routes")
      .values({
        id,
        site_id: siteId,
        domain: "domain" in input ? input.domain : null,
        company_id: "companyId" in input ? input.companyId : null,
        owner_id: input.ownerId,
        created_at: nowIso(),
      })
      .execute();
    const [created] = await listAccountRoutes(trx, siteId, [id]);
    return created as AccountRoute;
  });
}

export async function deleteAccountRoute(db: Kysely<Database>, siteId: string, id: string): Promise<void> {
  const result = await db
    .deleteFrom("account_routes")
    .where("id", "=", id)
    .where("site_id", "=", siteId)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound("Account route");
}
