import { describe, expect, test } from "vitest";
import { dialogueChoiceOf, searchOfDialogueChoice } from "./ReportFilters";
import {
  reportDays,
  reportDaysProblem,
  reportFilterCount,
  reportQueryOf,
  ReportSearch,
} from "./reportSearch";

const TODAY = "2027-03-03";

describe("report search (the URL's filters)", () => {
  test("without filters the report asks for the last 30 site days and nothing else", () => {
    const search = ReportSearch.parse({});
    expect(reportQueryOf(search, TODAY)).toEqual({ from: "2027-02-02", to: "2027-03-03" });
    expect(reportFilterCount(search)).toBe(0);
  });

  test("a preset, a dialogue, a version and the visitors become the report's query", () => {
    const search = ReportSearch.parse({ range: "last7", dialogueId: "d1", version: "2", visitors: "known" });
    expect(reportQueryOf(search, TODAY)).toEqual({
      from: "2027-02-25",
      to: "2027-03-03",
      dialogueId: "d1",
      version: 2,
      visitors: "known",
    });
    expect(reportFilterCount(search)).toBe(3);
  });

  test("a kind narrows only without a dialogue; a version only with one", () => {
    expect(reportQueryOf(ReportSearch.parse({ kind: "flow", version: 3 }), TODAY)).toEqual({
      from: "2027-02-02",
      to: "2027-03-03",
      kind: "flow",
    });
    expect(reportQueryOf(ReportSearch.parse({ kind: "flow", dialogueId: "d9" }), TODAY)).toEqual({
      from: "2027-02-02",
      to: "2027-03-03",
      dialogueId: "d9",
    });
  });

  test("a custom range is taken as it is; reversed, it is put in order; one end alone is one side of today", () => {
    const custom = (from?: string, to?: string) =>
      reportDays(ReportSearch.parse({ range: "custom", from, to }), TODAY);
    expect(custom("2026-12-01", "2026-12-31")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(custom("2026-12-31", "2026-12-01")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(custom("2027-01-10")).toEqual({ from: "2027-01-10", to: TODAY });
    expect(custom(undefined, "2027-01-10")).toEqual({ from: "2027-01-10", to: "2027-01-10" });
    // Custom without any day: the default preset.
    expect(custom()).toEqual({ from: "2027-02-02", to: TODAY });
    // Days given with a preset: the preset wins (the days belong to "custom").
    expect(reportDays(ReportSearch.parse({ range: "today", from: "2026-01-01" }), TODAY)).toEqual({
      from: TODAY,
      to: TODAY,
    });
  });

  test("a hand-edited link still opens the report: values that do not fit are dropped", () => {
    const search = ReportSearch.parse({
      range: "forever",
      visitors: "robots",
      kind: "page",
      from: "yesterday",
      version: "-1",
      dialogueId: 42,
    });
    expect(search).toEqual({ dialogueId: "42" });
  });

  test("the dialogue picker's value and the search it makes round-trip", () => {
    for (const search of [
      {},
      { kind: "dialogue" as const },
      { kind: "flow" as const },
      { dialogueId: "d1" },
    ]) {
      const choice = dialogueChoiceOf(search);
      const back = searchOfDialogueChoice(choice);
      expect({ dialogueId: back.dialogueId, kind: back.kind }).toEqual({
        dialogueId: search.dialogueId,
        kind: "kind" in search ? search.kind : undefined,
      });
      // A new choice drops the version picked for the previous dialogue.
      expect("version" in back && back.version).toBeUndefined();
    }
    expect(dialogueChoiceOf({})).toBe("all");
  });
});

describe("a custom range's length", () => {
  test("up to a year and a day is reported; longer is said at the fields, as the server would refuse it", () => {
    expect(reportDaysProblem({ from: "2026-03-03", to: "2027-03-04" })).toBeNull();
    expect(reportDaysProblem({ from: "2026-03-02", to: "2027-03-04" })).toBe(
      "At most 367 days at once: pick a shorter range",
    );
    expect(reportDaysProblem({ from: TODAY, to: TODAY })).toBeNull();
  });
});
