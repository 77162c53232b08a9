import type { FieldDefinition } from "@parley/protocol/fields";

export const FIELD_TYPE_LABELS: Record<FieldDefinition["type"], string> = {
  text: "Text",
  number: "Number",
  boolean: "Yes / no",
  date: "Date",
  picklist: "Picklist",
};

/** A field key suggested from its label: "Annual revenue" → "annualRevenue". */
export function keyFromLabel(label: string): string {
  const words = label
    .normalize("NFKD")
    .replace(/[^a-zA-Z0-9 ]/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const key = words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]?.toUpperCase() + w.slice(1).toLowerCase()))
    .join("");
  return key.replace(/^[0-9_]+/, "").slice(0, 63);
}
