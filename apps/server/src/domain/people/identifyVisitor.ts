import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { Database, PersonTable } from "../../store/schema";
import { companyIdForEmail } from "./companyStore";

/**
 * A visitor gave an email: link them to the person with that email on the site, never creating a
 * duplicate. An anonymous person already holding this visitor's answers is merged into the known
 * one (their fresher answers win; visitors, conversations and activities move over).
 */
export async function identifyVisitor(
  db: Kysely<Database>,
  input: { siteId: string; visitorId: string; email: string },
): Promise<{ personId: string; outcome: "joined" | "merged" | "named" | "created" }> {
  const result = await linkByEmail(db, input);
  await attachVisitorHistory(db, input.visitorId, result.personId);
  return result;
}

/**
 * What the visitor did while anonymous becomes part of the person's history (their timeline and
 * conversations). The events table stays append-only: an event keeps the person known when it
 * happened, and reports reach today's person through the event's visitor.
 */
export async function attachVisitorHistory(
  db: Kysely<Database>,
  visitorId: string,
  personId: string,
): Promise<void> {
  for (const table of ["activities", "conversations"] as const) {
    await db
      .updateTable(table)
      .set({ person_id: personId })
      .where("visitor_id", "=", visitorId)
      .where("person_id", "is", null)
      .execute();
  }
}

async function linkByEmail(
  db: Kysely<Database>,
  input: { siteId: string; visitorId: string; email: string },
): Promise<{ personId: string; outcome: "joined" | "merged" | "named" | "created" }> {
  const email = input.email.trim().toLowerCase();
  const visitor = await db
    .selectFrom("visitors")
    .select("person_id")
    .where("id", "=", input.visitorId)
    .executeTakeFirstOrThrow();
  const current = visitor.person_id
    ? await db.selectFrom("people").selectAll().where("id", "=", visitor.person_id).executeTakeFirst()
    : undefined;
  const known = await db
    .selectFrom("people")
    .selectAll()
    .where("site_id", "=", input.siteId)
    .where("email", "=", email)
    .executeTakeFirst();
  const now = nowIso();

  if (known) {
    if (current && current.id !== known.id && current.email === null) {
      await mergeInto(db, current, known);
      return { personId: known.id, outcome: "merged" };
    }
    await db.updateTable("visitors").set({ person_id: known.id }).where("id", "=", input.visitorId).execute();
    return { personId: known.id, outcome: "joined" };
  }

  if (current && current.email === null) {
    await db
      .updateTable("people")
      .set({
        email,
        company_id: current.company_id ?? (await companyIdForEmail(db, input.siteId, email)),
        updated_at: now,
      })
      .where("id", "=", current.id)
      .execute();
    return { personId: current.id, outcome: "named" };
  }

  const id = newId();
  await db
    .insertInto("people")
    .values({
      id,
      site_id: input.siteId,
      email,
      first_name: null,
      last_name: null,
      phone: null,
      job_title: null,
      company_id: await companyIdForEmail(db, input.siteId, email),
      fields: "{}",
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db.updateTable("visitors").set({ person_id: id }).where("id", "=", input.visitorId).execute();
  return { personId: id, outcome: "created" };
}

async function mergeInto(db: Kysely<Database>, from: PersonTable, into: PersonTable): Promise<void> {
  const fields = { ...parseJson<object>(into.fields, {}), ...parseJson<object>(from.fields, {}) };
  await db
    .updateTable("people")
    .set({
      first_name: from.first_name ?? into.first_name,
      last_name: from.last_name ?? into.last_name,
      phone: from.phone ?? into.phone,
      job_title: from.job_title ?? into.job_title,
      company_id: into.company_id ?? from.company_id,
      fields: toJson(fields),
      updated_at: nowIso(),
    })
    .where("id", "=", into.id)
    .execute();
  await db.updateTable("visitors").set({ person_id: into.id }).where("person_id", "=", from.id).execute();
  await db
    .updateTable("conversations")
    .set({ person_id: into.id })
    .where("person_id", "=", from.id)
    .execute();
  await db.updateTable("activities").set({ person_id: into.id }).where("person_id", "=", from.id).execute();
  await db.deleteFrom("people").where("id", "=", from.id).execute();
}
