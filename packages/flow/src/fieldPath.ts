import { z } from "zod";

const FIELD_PATH = /^(person|company)\.[A-Za-z][A-Za-z0-9_]{0,62}$/;

/** A person or company field a card can write: `person.firstName`, `company.industry`. */
export const FieldPath = z.string().regex(FIELD_PATH, "must be person.<field> or company.<field>");
export type FieldPath = z.infer<typeof FieldPath>;

/** A person field only (e.g. where a meeting card writes the booked agent). */
export const PersonFieldPath = z
  .string()
  .regex(/^person\.[A-Za-z][A-Za-z0-9_]{0,62}$/, "must be person.<field>");

export function isFieldPath(value: string): boolean {
  return FIELD_PATH.test(value);
}

/** `person.firstName` → `{ entity: "person", key: "firstName" }`. */
export function splitFieldPath(path: FieldPath): { entity: "person" | "company"; key: string } {
  const dot = path.indexOf(".");
  return { entity: path.startsWith("company.") ? "company" : "person", key: path.slice(dot + 1) };
}
