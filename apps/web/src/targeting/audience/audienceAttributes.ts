import type { FieldDefinition } from "@parley/protocol/fields";
import type { SelectOption } from "../../ui/SelectField";
import { attributeOptions } from "../../settings/liveChat/ruleConditions";

/** The inferred attributes of a visit (packages/flow VISITOR_ATTRIBUTES), in words. */
export const VISITOR_ATTRIBUTE_OPTIONS: readonly SelectOption[] = [
  { value: "visitor.page.url", label: "Visit: page URL" },
  { value: "visitor.referrer", label: "Visit: referrer" },
  { value: "visitor.device", label: "Visit: device (desktop, mobile, tablet)" },
  { value: "visitor.language", label: "Visit: browser language" },
  { value: "visitor.timezone", label: "Visit: time zone" },
  { value: "visitor.country", label: "Visit: country" },
  { value: "visitor.utm.source", label: "Visit: UTM source" },
  { value: "visitor.utm.medium", label: "Visit: UTM medium" },
  { value: "visitor.utm.campaign", label: "Visit: UTM campaign" },
  { value: "visitor.utm.term", label: "Visit: UTM term" },
  { value: "visitor.utm.content", label: "Visit: UTM content" },
];

/**
 * Every attribute a condition may test: the site's person and company fields (as the routing rules
 * offer them) and the visit's inferred attributes. An attribute already in use that the list lacks
 * (a deleted field, another utm.* key) stays choosable, so opening a condition never changes it.
 */
export function audienceAttributeOptions(
  fields: readonly FieldDefinition[],
  inUse: readonly string[] = [],
): SelectOption[] {
  const options = [...attributeOptions(fields), ...VISITOR_ATTRIBUTE_OPTIONS];
  const known = new Set(options.map((o) => o.value));
  for (const attribute of inUse) {
    if (known.has(attribute)) continue;
    known.add(attribute);
    options.push({ value: attribute, label: attributeLabel(attribute, fields) });
  }
  return options;
}

/** "person.jobTitle" → "Person: Job title"; unknown names are shown as written. */
export function attributeLabel(attribute: string, fields: readonly FieldDefinition[]): string {
  const field = fields.find((f) => `${f.entity}.${f.key}` === attribute);
  if (field) return `${field.entity === "person" ? "Person" : "Company"}: ${field.label}`;
  const visitor = VISITOR_ATTRIBUTE_OPTIONS.find((o) => o.value === attribute);
  if (visitor) return visitor.label;
  if (attribute.startsWith("visitor.utm.")) return `Visit: UTM ${attribute.slice("visitor.utm.".length)}`;
  return attribute;
}

/** The field's type, so a date field gets a date input and a number field a number input. */
export function attributeKind(attribute: string, fields: readonly FieldDefinition[]): string {
  return fields.find((f) => `${f.entity}.${f.key}` === attribute)?.type ?? "text";
}
