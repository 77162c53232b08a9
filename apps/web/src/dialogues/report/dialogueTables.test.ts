import type { ReportTable } from "@parley/protocol/reports";
import { describe, expect, it } from "vitest";
import { tableForDialogue } from "./dialogueTables";

const splits: ReportTable = {
  id: "splits",
  title: "A/B splits",
  chart: "bar",
  columns: [
    { key: "splitCardId", label: "Split card id", type: "id" },
    { key: "split", label: "Split", type: "text" },
    { key: "branch", label: "Branch", type: "text" },
    { key: "conversations", label: "Conversations", type: "count" },
  ],
  rows: [{ splitCardId: "ab", split: "Offer test", branch: "Demo offer", conversations: 3 }],
  notes: ["too few conversations to tell"],
};

describe("a report table on the dialogue's page", () => {
  it("puts the column that differs between rows first and hides what the page already says", () => {
    const shown = tableForDialogue(splits, { first: "branch", hide: ["split"] });
    expect(shown.columns.map((c) => c.key)).toEqual(["branch", "splitCardId", "conversations"]);
    expect(shown.rows).toBe(splits.rows);
    expect(shown.notes).toEqual(splits.notes);
  });

  it("leaves the order alone when the leading column is not in the table", () => {
    expect(tableForDialogue(splits, { first: "nothing" }).columns).toEqual(splits.columns);
  });
});
