import type { Card } from "@parley/flow/card";
import { describe, expect, it } from "vitest";
import { applyEdit, errorAt, valueAt } from "./pendingEdits";

const webhook: Card = {
  id: "w1",
  type: "webhook",
  url: "https://api.example.com/hook",
  responseMapping: [{ path: "data.name", field: "company.name" }],
};

describe("applyEdit", () => {
  it("gives the card to dispatch when the value is valid", () => {
    const result = applyEdit(webhook, [], ["url"], "https://api.example.com/v2");
    expect(result.card).toEqual({ ...webhook, url: "https://api.example.com/v2" });
    expect(result.pending).toEqual([]);
  });

  it("keeps an invalid value with its error and dispatches nothing", () => {
    const result = applyEdit(webhook, [], ["responseMapping", 0, "path"], "data..name");
    expect(result.card).toBeNull();
    expect(valueAt(webhook, result.pending, ["responseMapping", 0, "path"])).toBe("data..name");
    expect(errorAt(result.pending, ["responseMapping", 0, "path"])).toMatch(/dotted path/);
  });

  it("lets another field be saved while one is invalid, and the invalid one stays shown", () => {
    const bad = applyEdit(webhook, [], ["responseMapping", 0, "path"], "data..name");
    const good = applyEdit(webhook, bad.pending, ["url"], "https://other.example");
    expect(good.card).toEqual({ ...webhook, url: "https://other.example" });
    expect(good.pending).toEqual(bad.pending);
  });

  it("clears the error once the field is fixed", () => {
    const bad = applyEdit(webhook, [], ["responseMapping", 0, "path"], "data..name");
    const fixed = applyEdit(webhook, bad.pending, ["responseMapping", 0, "path"], "data.company");
    expect(fixed.pending).toEqual([]);
    expect(fixed.card).toMatchObject({ responseMapping: [{ path: "data.company", field: "company.name" }] });
  });

  it("fills in a row added incomplete, field by field, until the card is valid", () => {
    const rows = [
      ...(webhook.type === "webhook" ? (webhook.responseMapping ?? []) : []),
      { path: "", field: "" },
    ];
    const added = applyEdit(webhook, [], ["responseMapping"], rows);
    expect(added.card).toBeNull();
    expect(valueAt(webhook, added.pending, ["responseMapping", 1])).toEqual({ path: "", field: "" });
    const withPath = applyEdit(webhook, added.pending, ["responseMapping", 1, "path"], "id");
    expect(withPath.card).toBeNull();
    expect(errorAt(withPath.pending, ["responseMapping", 1, "field"])).toMatch(/person\.<field>/);
    const done = applyEdit(webhook, withPath.pending, ["responseMapping", 1, "field"], "person.externalId");
    expect(done.pending).toEqual([]);
    expect(done.card).toMatchObject({
      responseMapping: [{ path: "data.name" }, { path: "id", field: "person.externalId" }],
    });
  });

  it("shows a list with a pending value inside it", () => {
    const bad = applyEdit(webhook, [], ["responseMapping", 0, "field"], "nope");
    expect(valueAt(webhook, bad.pending, ["responseMapping"])).toEqual([
      { path: "data.name", field: "nope" },
    ]);
  });
});
