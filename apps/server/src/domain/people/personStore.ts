import type { Person } from "@parley/protocol/people";
import type { Kysely } from "kysely";
import { conflict, fieldProblem, invalidField, notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { Database, PersonTable } from "../../store/schema";
import type { CommandContext } from "../commandContext";
import { validateFieldValues } from "../fields/validateFieldValues";
import { companyIdForEmail } from "./companyStore";

type FieldValues = Person["fields"];
type PersonInput = Omit<Person, "id" | "siteId" | "createdAt" | "updatedAt">;

export const presentPerson = (row: PersonTable): Person => ({
  id: row.id,
  siteId: row.site_id,
  email: row.email,
  firstName: row.first_name,
  lastName: row.last_name,
  phone: row.phone,
  jobTitle: row.job_title,
  companyId: row.company_id,
  fields: parseJson<FieldValues>(row.fields, {}),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function getPerson(db: Kysely<Database>, siteId: string, id: string): Promise<Person> {
  const row = await db
    .selectFrom("people")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("Person");
  return presentPerson(row);
}

async function checkRefs(
  db: Kysely<Database>,
  siteId: string,
  input: Partial<PersonInput>,
  exceptId?: string,
): Promise<void> {
  if (input.email) {
    let q = db
      .selectFrom("people")
      .select("id")
      .where("site_id", "=", siteId)
      .where("email", "=", input.email);
    if (exceptId) q = q.where("id", "!=", exceptId);
    if (await q.executeTakeFirst())
      throw conflict(
        `A person with the email ${input.email} already exists`,
        fieldProblem("email", "is already taken"),
      );
  }
  if (input.companyId) {
    const company = await db
      .selectFrom("companies")
      .select("id")
      .where("site_id", "=", siteId)
      .where("id", "=", input.companyId)
      .executeTakeFirst();
    if (!company) throw invalidField("companyId", "is not a company of this site");
  }
  if (input.fields) await validateFieldValues(db, siteId, "person", input.fields);
}

/**
 * Creates a person; without an explicit company, the company whose domain matches the email is used.
 * Announces `person.created` on the site's channel.
 */
export async function createPerson(ctx: CommandContext, siteId: string, input: PersonInput): Promise<Person> {
  const now = nowIso();
  const row = await ctx.store.db.transaction().execute(async (db): Promise<PersonTable> => {
    await checkRefs(db, siteId, input);
    const row: PersonTable = {
      id: newId(),
      site_id: siteId,
      email: input.email,
      first_name: input.firstName,
      last_name: input.lastName,
      phone: input.phone,
      job_title: input.jobTitle,
      company_id: input.companyId ?? (await companyIdForEmail(db, siteId, input.email)),
      fields: toJson(input.fields),
      created_at: now,
      updated_at: now,
    };
    await db.insertInto("people").values(row).execute();
    return row;
  });
  const person = presentPerson(row);
  await ctx.bus.publish({ channel: `site:${siteId}`, name: "person.created", data: person });
  return person;
}

/** Applies a partial update (fields merged key by key); announces `person.updated`. */
export async function updatePerson(
  ctx: CommandContext,
  siteId: string,
  id: string,
  patch: Partial<PersonInput>,
): Promise<Person> {
  const person = await ctx.store.db.transaction().execute(async (db) => {
    const current = await getPerson(db, siteId, id);
    await checkRefs(db, siteId, patch, id);
    const emailChanged = patch.email !== undefined && patch.email !== current.email;
    const companyId =
      patch.companyId !== undefined
        ? patch.companyId
        : emailChanged && current.companyId === null
          ? await companyIdForEmail(db, siteId, patch.email ?? null)
          : current.companyId;
    await db
      .updateTable("people")
      .set({
        ...(patch.email !== undefined && { email: patch.email }),
        ...(patch.firstName !== undefined && { first_name: patch.firstName }),
        ...(patch.lastName !== undefined && { last_name: patch.lastName }),
        ...(patch.phone !== undefined && { phone: patch.phone }),
        ...(patch.jobTitle !== undefined && { job_title: patch.jobTitle }),
        ...(patch.fields !== undefined && { fields: toJson({ ...current.fields, ...patch.fields }) }),
        company_id: companyId,
        updated_at: nowIso(),
      })
      .where("id", "=", id)
      .execute();
    return getPerson(db, siteId, id);
  });
  await ctx.bus.publish({ channel: `site:${siteId}`, name: "person.updated", data: person });
  return person;
}

/**
 * Deletes a person (their visitors stay, anonymous again); once committed, the site's agents who may
 * see people hear `person.deleted` with `into: null`.
 */
export async function deletePerson(ctx: CommandContext, siteId: string, id: string): Promise<void> {
  await ctx.store.db.transaction().execute(async (db) => {
    await getPerson(db, siteId, id);
    await db.updateTable("visitors").set({ person_id: null }).where("person_id", "=", id).execute();
    await db.deleteFrom("people").where("id", "=", id).execute();
  });
  await ctx.bus.publish({ channel: `site:${siteId}`, name: "person.deleted", data: { id, into: null } });
}
