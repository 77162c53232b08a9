import type { ReportTable } from "@parley/protocol/reports";
import { describe, expect, it } from "vitest";
import { dialogueKeyNumbers, keyNumbersOf } from "./dialogueKeyNumbers";

const table: ReportTable = {
  id: "dialogues",
  title: "Dialogues",
  chart: "bar",
  columns: [],
  rows: [
    {
      dialogueId: "d1",
      dialogue: "Welcome",
      kind: "dialogue",
      triggered: 40,
      engagementRate: 0.5,
      conversionRate: 0.25,
    },
    {
      dialogueId: "d2",
      dialogue: "Pricing",
      kind: "dialogue",
      triggered: 0,
      engagementRate: null,
      conversionRate: null,
    },
    { dialogue: "no id", triggered: 3 },
  ],
  notes: [],
};

describe("the lists' key numbers", () => {
  it("reads each dialogue's row of the report, rates without a divisor as null", () => {
    const numbers = dialogueKeyNumbers(table);
    expect([...numbers.keys()]).toEqual(["d1", "d2"]);
    expect(numbers.get("d1")).toEqual({ triggered: 40, engagementRate: 0.5, conversionRate: 0.25 });
    expect(numbers.get("d2")).toEqual({ triggered: 0, engagementRate: null, conversionRate: null });
  });

  it("shows a dialogue the report has no row for as not met, and a missing table as no rows", () => {
    expect(keyNumbersOf(dialogueKeyNumbers(table), "d3")).toEqual({
      triggered: 0,
      engagementRate: null,
      conversionRate: null,
    });
    expect(dialogueKeyNumbers(undefined).size).toBe(0);
  });
});
