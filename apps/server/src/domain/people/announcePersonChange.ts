import type { CommandContext } from "../commandContext";
import { presentCompany } from "./companyStore";
import { presentPerson } from "./personStore";

/** What a step (or another command) changed of a visitor's person and of that person's company. */
export interface PersonChange {
  person: "created" | "updated" | null;
  company: boolean;
  /** An anonymous person merged into this one and deleted. */
  mergedFrom: string | null;
}

export const noPersonChange = (): PersonChange => ({ person: null, company: false, mergedFrom: null });

/**
 * After the commit: tells the site's agents (those who may see people) about the person and company
 * as they are now, with `person.created` / `person.updated` and `company.updated`, and that a merged
 * person is gone (`person.deleted` into this one).
 */
export async function announcePersonChange(
  ctx: CommandContext,
  personId: string | null,
  change: PersonChange,
): Promise<void> {
  if (!personId || (!change.person && !change.company && !change.mergedFrom)) return;
  const { db } = ctx.store;
  const row = await db.selectFrom("people").selectAll().where("id", "=", personId).executeTakeFirst();
  if (!row) return;
  const channel = `site:${row.site_id}` as const;
  if (change.mergedFrom)
    await ctx.bus.publish({
      channel,
      name: "person.deleted",
      data: { id: change.mergedFrom, into: personId },
    });
  if (change.person) {
    const name = change.person === "created" ? "person.created" : "person.updated";
    await ctx.bus.publish({ channel, name, data: presentPerson(row) });
  }
  if (!change.company || !row.company_id) return;
  const company = await db
    .selectFrom("companies")
    .selectAll()
    .where("id", "=", row.company_id)
    .executeTakeFirst();
  if (company) await ctx.bus.publish({ channel, name: "company.updated", data: presentCompany(company) });
}
