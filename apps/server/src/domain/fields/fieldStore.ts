import type { FieldDefinition } from "@parley/protocol/fields";
import type { Kysely } from "kysely";
import { conflict, fieldProblem, notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { Database, FieldDefinitionTable } from "../../store/schema";

export const presentField = (row: FieldDefinitionTable): FieldDefinition => ({
  id: row.id,
  siteId: row.site_id,
  entity: row.entity as FieldDefinition["entity"],
  key: row.key,
  label: row.label,
  type: row.type as FieldDefinition["type"],
  options: parseJson<string[]>(row.options, []),
  builtIn: row.built_in === 1,
});

export async function listFields(db: Kysely<Database>, siteId: string): Promise<FieldDefinition[]> {
  const rows = await db
    .selectFrom("field_definitions")
    .selectAll()
    .where("site_id", "=", siteId)
    .orderBy("entity")
    .orderBy("built_in", "desc")
    .orderBy("created_at")
    .execute();
  return rows.map(presentField);
}

export async function createField(
  db: Kysely<Database>,
  siteId: string,
  input: Pick<FieldDefinition, "entity" | "key" | "label" | "type" | "options">,
): Promise<FieldDefinition> {
  const taken = await db
    .selectFrom("field_definitions")
    .select("id")
    .where("site_id", "=", siteId)
    .where("entity", "=", input.entity)
    .where("key", "=", input.key)
    .executeTakeFirst();
  if (taken)
    throw conflict(
      `The ${input.entity} field "${input.key}" already exists`,
      fieldProblem("key", "is already taken"),
    );
  const row: FieldDefinitionTable = {
    id: newId(),
    site_id: siteId,
    entity: input.entity,
    key: input.key,
    label: input.label,
    type: input.type,
    options: toJson(input.options),
    built_in: 0,
    created_at: nowIso(),
  };
  await db.insertInto("field_definitions").values(row).execute();
  return presentField(row);
}

async function getOwnField(db: Kysely<Database>, siteId: string, id: string): Promise<FieldDefinitionTable> {
  const row = await db
    .selectFrom("field_definitions")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("Field");
  return row;
}

export async function updateField(
  db: Kysely<Database>,
  siteId: string,
  id: string,
  patch: { label?: string; options?: string[] },
): Promise<FieldDefinition> {
  const row = await getOwnField(db, siteId, id);
  if (row.built_in === 1 && patch.options) throw conflict("Standard fields have no options");
  if (patch.options && row.type === "picklist" && patch.options.length === 0) {
    throw conflict("A picklist needs at least one option");
  }
  const changes = {
    ...(patch.label !== undefined && { label: patch.label }),
    ...(patch.options !== undefined && { options: toJson(patch.options) }),
  };
  // An empty patch changes nothing and answers with the field as it is.
  if (Object.keys(changes).length === 0) return presentField(row);
  await db.updateTable("field_definitions").set(changes).where("id", "=", id).execute();
  return presentField(await getOwnField(db, siteId, id));
}

export async function deleteField(db: Kysely<Database>, siteId: string, id: string): Promise<void> {
  const row = await getOwnField(db, siteId, id);
  if (row.built_in === 1) throw conflict("Standard fields cannot be deleted");
  await db.deleteFrom("field_definitions").where("id", "=", id).execute();
}
