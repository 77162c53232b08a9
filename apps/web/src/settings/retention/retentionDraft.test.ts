import { RETENTION_DEFAULTS } from "@parley/protocol/retention";
import { describe, expect, it } from "vitest";
import { periodHint, retentionBodyOf, retentionDraftOf, retentionProblems } from "./retentionDraft";

const settings = { siteId: "s", ...RETENTION_DEFAULTS, transcripts: null, aggregates: null, updatedAt: null };

describe("retention form draft", () => {
  it("round-trips the settings, kept forever as null", () => {
    const draft = retentionDraftOf(settings);
    expect(draft.transcripts).toEqual({ days: "", forever: true });
    expect(draft.activities).toEqual({ days: "730", forever: false });
    expect(retentionProblems(draft)).toEqual({});
    expect(retentionBodyOf(draft)).toEqual({ ...RETENTION_DEFAULTS, transcripts: null });
  });

  it("names each bad period in plain words", () => {
    const draft = retentionDraftOf(settings);
    draft.pageViews.days = "0";
    draft.activities.days = "1.5";
    draft.reportEvents.days = "4000";
    draft.anonymousVisitors.days = "";
    expect(retentionProblems(draft)).toEqual({
      pageViews: "At least 1 day",
      activities: "Enter a whole number of days, or keep it forever",
      reportEvents: "At most 3650 days (or keep it forever)",
      anonymousVisitors: "Enter a whole number of days, or keep it forever",
    });
  });

  it("says long periods in months", () => {
    expect(periodHint("730")).toBe("About 24 months");
    expect(periodHint("30")).toBeUndefined();
  });
});
