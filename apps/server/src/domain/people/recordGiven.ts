import type { FieldValue } from "@parley/flow/conditions/conditionContext";
import { splitFieldPath } from "@parley/flow/fieldPath";
import type { Kysely } from "kysely";
import { parseJson, toJson } from "../../lib/json";
import type { Database } from "../../store/schema";

export interface GivenValues {
  person: Record<string, FieldValue>;
  company: Record<string, FieldValue>;
}

/** A visitor's `given` column as values (an empty one when missing). */
export function parseGiven(json: string | null): GivenValues {
  const given = parseJson<Partial<GivenValues>>(json, {});
  return { person: { ...given.person }, company: { ...given.company } };
}

/**
 * Keeps a value the visitor gave (an answer, an identify() field, a webhook's answer in their
 * conversation) on the visitor: this, not the stored person, is what tokens show an unverified visitor.
 */
export async function recordGiven(
  db: Kysely<Database>,
  visitorId: string,
  field: string,
  value: FieldValue,
): Promise<void> {
  const { entity, key } = splitFieldPath(field);
  const row = await db.selectFrom("visitors").select("given").where("id", "=", visitorId).executeTakeFirst();
  const given = parseGiven(row?.given ?? null);
  given[entity][key] = value;
  await db
    .updateTable("visitors")
    .set({ given: toJson(given) })
    .where("id", "=", visitorId)
    .execute();
}
