import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { Database, PersonTable } from "../../store/schema";
import { companyIdForEmail } from "./companyStore";
import { recordGiven } from "./recordGiven";

type Outcome = "joined" | "merged" | "named" | "created";
interface IdentifyResult {
  personId: string;
  outcome: Outcome;
  unsaved: UnsavedAnswer[];
  /** The anonymous person merged into `personId` and deleted, to be announced after the commit. */
  mergedFrom: string | null;
}
/** A visitor's answer that differs from the known person's stored value, which was kept. */
export type UnsavedAnswer = { field: string; value: string };
interface IdentifyInput {
  siteId: string;
  visitorId: string;
  email: string;
  /** The site's backend signed this email (verified identity): the visitor may see and change the person. */
  verified?: boolean;
}

/**
 * A visitor gave an email: link them to the person with that email on the site, never creating a
 * duplicate. An anonymous person already holding this visitor's answers is merged into the known
 * one (visitors, conversations and activities move over). A verified visitor's fresher answers win;
 * an unverified one only fills the known person's empty fields, and the answers that differ are
 * returned as `unsaved` for the marketer's timeline.
 */
export async function identifyVisitor(db: Kysely<Database>, input: IdentifyInput): Promise<IdentifyResult> {
  const email = input.email.trim().toLowerCase();
  const result = await linkByEmail(db, { ...input, email });
  await attachVisitorHistory(db, input.visitorId, result.personId);
  await recordGiven(db, input.visitorId, "person.email", email);
  // A proof is kept with the visitor; giving another email unproven ends it.
  const visitor = await db
    .selectFrom("visitors")
    .select("verified_email")
    .where("id", "=", input.visitorId)
    .executeTakeFirstOrThrow();
  const verifiedEmail = input.verified ? email : visitor.verified_email === email ? email : null;
  if (verifiedEmail !== visitor.verified_email)
    await db
      .updateTable("visitors")
      .set({ verified_email: verifiedEmail })
      .where("id", "=", input.visitorId)
      .execute();
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

async function linkByEmail(db: Kysely<Database>, input: IdentifyInput): Promise<IdentifyResult> {
  const { email } = input;
  // Two visitors giving the same new email at once must not both create (or name) a person with it:
  // the site's row is held until this transaction ends, so the second one finds the first's person.
  // (On SQLite a transaction already runs alone; on PostgreSQL this is a row lock.)
  await db
    .updateTable("sites")
    .set((eb) => ({ id: eb.ref("id") }))
    .where("id", "=", input.siteId)
    .execute();
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
      const unsaved = await mergeInto(db, current, known, input.verified === true);
      return { personId: known.id, outcome: "merged", unsaved, mergedFrom: current.id };
    }
    await db.updateTable("visitors").set({ person_id: known.id }).where("id", "=", input.visitorId).execute();
    return { personId: known.id, outcome: "joined", unsaved: [], mergedFrom: null };
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
    return { personId: current.id, outcome: "named", unsaved: [], mergedFrom: null };
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
  return { personId: id, outcome: "created", unsaved: [], mergedFrom: null };
}

const MERGED_COLUMNS = {
  first_name: "firstName",
  last_name: "lastName",
  phone: "phone",
  job_title: "jobTitle",
} as const;

/** Merges an anonymous person into a known one: `fresherWins` (verified) or only into empty values. */
async function mergeInto(
  db: Kysely<Database>,
  from: PersonTable,
  into: PersonTable,
  fresherWins: boolean,
): Promise<UnsavedAnswer[]> {
  const unsaved: UnsavedAnswer[] = [];
  const pick = (field: string, mine: unknown, stored: unknown) => {
    if (mine === null || mine === undefined || mine === "") return stored;
    if (fresherWins || stored === null || stored === undefined || stored === "") return mine;
    if (String(mine) !== String(stored)) unsaved.push({ field, value: String(mine) });
    return stored;
  };
  const mine = parseJson<Record<string, unknown>>(from.fields, {});
  const fields = parseJson<Record<string, unknown>>(into.fields, {});
  for (const [key, value] of Object.entries(mine)) fields[key] = pick(`person.${key}`, value, fields[key]);
  const columns = Object.fromEntries(
    Object.entries(MERGED_COLUMNS).map(([column, key]) => [
      column,
      pick(
        `person.${key}`,
        from[column as keyof typeof MERGED_COLUMNS],
        into[column as keyof typeof MERGED_COLUMNS],
      ),
    ]),
  ) as Pick<PersonTable, keyof typeof MERGED_COLUMNS>;
  await db
    .updateTable("people")
    .set({
      ...columns,
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
  return unsaved;
}
