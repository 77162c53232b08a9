import type { FieldDefinition } from "@parley/protocol/fields";
import { expect, test } from "vitest";
import { attributeOptions, conditionsOf, draftsOf } from "./ruleConditions";

const field = (entity: "person" | "company", key: string, label: string, type: FieldDefinition["type"]) =>
  ({ id: key, siteId: "s", entity, key, label, type, options: [], builtIn: false }) as FieldDefinition;
const fields = [
  field("person", "country", "Country", "text"),
  field("company", "employees", "Employees", "number"),
];

test("the attributes are the site's person and company fields", () => {
  expect(attributeOptions(fields)).toEqual([
    { value: "person.country", label: "Person: Country" },
    { value: "company.employees", label: "Company: Employees" },
  ]);
});

test("values are saved as the operator and the field's type need", () => {
  const drafts = [
    { key: "1", attribute: "person.country", operator: "in_list" as const, value: "NL, de ,, fr" },
    { key: "2", attribute: "company.employees", operator: "greater_than" as const, value: " 500 " },
    { key: "3", attribute: "person.country", operator: "is_empty" as const, value: "left over" },
    { key: "4", attribute: "person.country", operator: "is" as const, value: " 42 " },
  ];
  expect(conditionsOf(drafts, fields)).toEqual([
    { type: "attribute", attribute: "person.country", operator: "in_list", value: ["NL", "de", "fr"] },
    { type: "attribute", attribute: "company.employees", operator: "greater_than", value: 500 },
    { type: "attribute", attribute: "person.country", operator: "is_empty" },
    { type: "attribute", attribute: "person.country", operator: "is", value: "42" },
  ]);
});

test("stored conditions come back as the rows they were saved from", () => {
  let n = 0;
  const rows = draftsOf(
    [
      { type: "attribute", attribute: "person.country", operator: "in_list", value: ["NL", "DE"] },
      { type: "attribute", attribute: "company.employees", operator: "less_than", value: 10 },
      { type: "segment", segmentId: "x", operator: "is" },
    ],
    () => String(++n),
  );
  expect(rows).toEqual([
    { key: "1", attribute: "person.country", operator: "in_list", value: "NL, DE" },
    { key: "2", attribute: "company.employees", operator: "less_than", value: "10" },
  ]);
});
