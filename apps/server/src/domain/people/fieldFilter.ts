import { type Kysely, type RawBuilder, sql } from "kysely";
import { invalidField } from "../../errors";
import type { DbKind } from "../../store/db";
import type { Database } from "../../store/schema";

/** The standard person fields by their API name, and their columns. */
export const PERSON_COLUMNS = {
  email: "email",
  firstName: "first_name",
  lastName: "last_name",
  phone: "phone",
  jobTitle: "job_title",
} as const;

export interface FieldFilterInput {
  field: string;
  op: "is" | "set" | "empty";
  value?: string;
}

/**
 * The "any field" filter of the People list as a condition: a standard field compared on its
 * column, a custom field on its value in the JSON `fields` column (numbers and booleans compared as
 * such). Set means a value other than empty text; empty, none. An unknown field is a 400 naming it.
 */
export async function fieldFilter(
  db: Kysely<Database>,
  kind: DbKind,
  siteId: string,
  filter: FieldFilterInput,
): Promise<RawBuilder<boolean>> {
  const { field, op } = filter;
  if (field in PERSON_COLUMNS) {
    const column = sql.ref(`people.${PERSON_COLUMNS[field as keyof typeof PERSON_COLUMNS]}`);
    if (op === "set") return sql<boolean>`coalesce(${column}, '') <> ''`;
    if (op === "empty") return sql<boolean>`coalesce(${column}, '') = ''`;
    const value = field === "email" ? (filter.value ?? "").toLowerCase() : (filter.value ?? "");
    return sql<boolean>`${column} = ${value}`;
  }
  const def = await db
    .selectFrom("field_definitions")
    .select(["type"])
    .where("site_id", "=", siteId)
    .where("entity", "=", "person")
    .where("built_in", "=", 0)
    .where("key", "=", field)
    .executeTakeFirst();
  if (!def) throw invalidField("field", `names no field of people: "${field}"`);
  // The text of the value, as either database reads it out of the JSON (NULL for JSON null).
  const text =
    kind === "postgres"
      ? sql`(cast(people.fields as jsonb) ->> ${field})`
      : sql`json_extract(people.fields, ${`$."${field}"`})`;
  if (op === "set") return sql<boolean>`coalesce(${text}, '') <> ''`;
  if (op === "empty") return sql<boolean>`coalesce(${text}, '') = ''`;
  const typed = typedValue(def.type, filter.value ?? "");
  if (kind === "postgres")
    return sql<boolean>`(cast(people.fields as jsonb) -> ${field}) = cast(${JSON.stringify(typed)} as jsonb)`;
  const stored = typeof typed === "boolean" ? (typed ? 1 : 0) : typed;
  return sql<boolean>`json_extract(people.fields, ${`$."${field}"`}) = ${stored}`;
}

function typedValue(type: string, value: string): string | number | boolean {
  if (type === "number") {
    const number = Number(value);
    if (value.trim() === "" || !Number.isFinite(number)) throw invalidField("value", "must be a number");
    return number;
  }
  if (type === "boolean") {
    if (value !== "true" && value !== "false") throw invalidField("value", "must be true or false");
    return value === "true";
  }
  return value;
}
