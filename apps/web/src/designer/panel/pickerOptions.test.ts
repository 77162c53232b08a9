import type { FieldDefinition } from "@parley/protocol/fields";
import { describe, expect, it } from "vitest";
import { fieldOptions, goalNames } from "./pickerOptions";

const field = (entity: "person" | "company", key: string, label: string): FieldDefinition => ({
  id: key,
  siteId: "s",
  entity,
  key,
  label,
  type: "text",
  options: [],
  builtIn: false,
});
const fields = [field("person", "email", "Email"), field("company", "industry", "Industry")];

describe("fieldOptions", () => {
  it("offers every field as a path the card stores, after the 'none' choice", () => {
    expect(fieldOptions(fields, { none: "Don't save" })).toEqual([
      { value: "", label: "Don't save" },
      { value: "person.email", label: "Person: Email" },
      { value: "company.industry", label: "Company: Industry" },
    ]);
  });

  it("offers person fields only where the card writes a person field, and keeps an unknown current one", () => {
    expect(
      fieldOptions(fields, { none: "-", personOnly: true, current: "person.gone" }).map((o) => o.value),
    ).toEqual(["", "person.email", "person.gone"]);
  });
});

describe("goalNames", () => {
  it("collects each goal name once, from every draft, ignoring drafts of other shapes", () => {
    const a = {
      cards: [
        { type: "goal", goal: "Demo booked" },
        { type: "message", text: "x" },
      ],
    };
    const b = {
      cards: [
        { type: "goal", goal: " Demo booked " },
        { type: "goal", goal: "Ebook" },
      ],
    };
    expect(goalNames([a, b, null, { cards: "no" }])).toEqual(["Demo booked", "Ebook"]);
  });
});
