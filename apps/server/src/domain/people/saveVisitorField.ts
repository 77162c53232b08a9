import { splitFieldPath } from "@parley/flow/fieldPath";
import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { attachVisitorHistory } from "./identifyVisitor";
import { recordGiven } from "./recordGiven";
import { visitorTrust } from "./visitorTrust";

const PERSON_COLUMNS = {
  firstName: "first_name",
  lastName: "last_name",
  phone: "phone",
  jobTitle: "job_title",
} as const;

/**
 * Saves an answer to a person or company field of the visitor. An anonymous visitor gets a person
 * (without email) to hold it, and a person without company gets one when a company field is set.
 * `overwrite` false keeps a value already there, and so does a visitor who did not prove they are
 * this person (visitorTrust): they only fill empty fields. The value is kept on the visitor either
 * way (recordGiven). `unsaved`: the answer differs from the stored value, which was kept.
 */
export async function saveVisitorField(
  db: Kysely<Database>,
  input: { siteId: string; visitorId: string; field: string; value: string | number; overwrite: boolean },
): Promise<{ personId: string; unsaved: boolean }> {
  const personId = await ensurePerson(db, input.siteId, input.visitorId);
  await recordGiven(db, input.visitorId, input.field, input.value);
  const overwrite = input.overwrite && (await visitorTrust(db, input.visitorId)).trusted;
  const differs = (stored: unknown) => String(stored) !== String(input.value);
  const { entity, key } = splitFieldPath(input.field);
  const now = nowIso();
  if (entity === "person") {
    const person = await db
      .selectFrom("people")
      .selectAll()
      .where("id", "=", personId)
      .executeTakeFirstOrThrow();
    if (key in PERSON_COLUMNS) {
      const column = PERSON_COLUMNS[key as keyof typeof PERSON_COLUMNS];
      const stored = person[column];
      if (overwrite || !stored) {
        await db
          .updateTable("people")
          .set({ [column]: String(input.value), updated_at: now })
          .where("id", "=", personId)
          .execute();
      } else return { personId, unsaved: differs(stored) };
    } else if (key !== "email") {
      const fields = parseJson<Record<string, unknown>>(person.fields, {});
      if (overwrite || fields[key] === undefined || fields[key] === null || fields[key] === "") {
        fields[key] = input.value;
        await db
          .updateTable("people")
          .set({ fields: toJson(fields), updated_at: now })
          .where("id", "=", personId)
          .execute();
      } else return { personId, unsaved: differs(fields[key]) };
    }
    return { personId, unsaved: false };
  }

  const person = await db
    .selectFrom("people")
    .select(["company_id"])
    .where("id", "=", personId)
    .executeTakeFirstOrThrow();
  let companyId = person.company_id;
  if (!companyId) {
    companyId = newId();
    await db
      .insertInto("companies")
      .values({
        id: companyId,
        site_id: input.siteId,
        name: key === "name" ? String(input.value) : "Unknown company",
        domain: null,
        owner_id: null,
        fields: "{}",
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .updateTable("people")
      .set({ company_id: companyId, updated_at: now })
      .where("id", "=", personId)
      .execute();
  }
  const company = await db
    .selectFrom("companies")
    .selectAll()
    .where("id", "=", companyId)
    .executeTakeFirstOrThrow();
  if (key === "name") {
    if (overwrite || company.name === "Unknown company") {
      await db
        .updateTable("companies")
        .set({ name: String(input.value), updated_at: now })
        .where("id", "=", companyId)
        .execute();
    } else return { personId, unsaved: differs(company.name) };
  } else if (key !== "domain") {
    const fields = parseJson<Record<string, unknown>>(company.fields, {});
    if (overwrite || fields[key] === undefined || fields[key] === "") {
      fields[key] = input.value;
      await db
        .updateTable("companies")
        .set({ fields: toJson(fields), updated_at: now })
        .where("id", "=", companyId)
        .execute();
    } else return { personId, unsaved: differs(fields[key]) };
  }
  return { personId, unsaved: false };
}

async function ensurePerson(db: Kysely<Database>, siteId: string, visitorId: string): Promise<string> {
  const visitor = await db
    .selectFrom("visitors")
    .select("person_id")
    .where("id", "=", visitorId)
    .executeTakeFirstOrThrow();
  if (visitor.person_id) return visitor.person_id;
  const id = newId();
  const now = nowIso();
  await db
    .insertInto("people")
    .values({
      id,
      site_id: siteId,
      email: null,
      first_name: null,
      last_name: null,
      phone: null,
      job_title: null,
      company_id: null,
      fields: "{}",
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db.updateTable("visitors").set({ person_id: id }).where("id", "=", visitorId).execute();
  await attachVisitorHistory(db, visitorId, id);
  return id;
}
