import type { Kysely } from "kysely";
import { badRequest } from "../../errors";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";

type Value = string | number | boolean | null;

/**
 * Checks custom field values against the site's definitions: every key must be a defined custom
 * field of that entity and every value must fit its type. Collects all problems in one
 * validation_failed error whose details have the shape of body validation errors
 * (`[{ path: "/fields/<key>", message }]`), so that forms show each beside its field.
 */
export async function validateFieldValues(
  db: Kysely<Database>,
  siteId: string,
  entity: "person" | "company",
  values: Record<string, Value>,
): Promise<void> {
  const keys = Object.keys(values);
  if (!keys.length) return;
  const defs = await db
    .selectFrom("field_definitions")
    .select(["key", "type", "options", "built_in"])
    .where("site_id", "=", siteId)
    .where("entity", "=", entity)
    .execute();
  const problems = fieldValueProblems(defs, entity, values);
  if (problems.length)
    throw badRequest(
      `Some field values are not valid: ${problems.map((p) => `${p.path.slice("/fields/".length)} ${p.message}`).join("; ")}`,
      problems,
    );
}

/** A custom field's definition as fieldValueProblems reads it. */
export interface FieldDefinitionRow {
  key: string;
  type: string;
  options: string;
  built_in: number;
}

/** validateFieldValues' check against definitions already read (an import checks many rows with one read). */
export function fieldValueProblems(
  defs: readonly FieldDefinitionRow[],
  entity: "person" | "company",
  values: Record<string, Value>,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  for (const key of Object.keys(values)) {
    const def = defs.find((d) => d.key === key && d.built_in === 0);
    const value = values[key] ?? null;
    const path = `/fields/${key}`;
    if (!def)
      problems.push({
        path,
        message: `is not a custom field of ${entity === "person" ? "people" : "companies"}`,
      });
    else if (value !== null) {
      const message = typeProblem(def.type, parseJson<string[]>(def.options, []), value);
      if (message) problems.push({ path, message });
    }
  }
  return problems;
}

function typeProblem(type: string, options: string[], value: Exclude<Value, null>): string | null {
  switch (type) {
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? null : "must be a number";
    case "boolean":
      return typeof value === "boolean" ? null : "must be true or false";
    case "date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : "must be a date such as 2026-01-31";
    case "picklist":
      return typeof value === "string" && options.includes(value)
        ? null
        : `must be one of: ${options.join(", ")}`;
    default:
      return typeof value === "string" ? null : "must be text";
  }
}
