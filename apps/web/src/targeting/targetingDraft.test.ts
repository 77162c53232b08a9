import { describe, expect, it } from "vitest";
import { ApiError } from "../api/ApiError";
import { audienceProblemsOf, isTargetingDirty, targetingBodyOf, targetingDraftOf } from "./targetingDraft";

const saved = {
  targeting: {
    include: ["/pricing*"],
    exclude: [],
    audience: null,
    trigger: { kind: "scroll" as const, percent: 40 },
  },
  schedule: { start: "2026-05-01T07:00:00Z", end: null },
};

describe("targeting draft", () => {
  it("is clean when opened, whatever zone shows the schedule", () => {
    expect(isTargetingDirty(targetingDraftOf(saved, "Europe/Berlin"), saved)).toBe(false);
    expect(isTargetingDirty(targetingDraftOf(saved, "Pacific/Auckland"), saved)).toBe(false);
  });

  it("leaves blank pattern rows out, so adding an empty row is not a change", () => {
    const draft = { ...targetingDraftOf(saved, "UTC"), exclude: ["  "] };
    expect(isTargetingDirty(draft, saved)).toBe(false);
    const body = targetingBodyOf({ ...draft, include: ["/pricing*", " /blog/* "] });
    expect(body).toMatchObject({ ok: true, targeting: { include: ["/pricing*", "/blog/*"], exclude: [] } });
  });

  it("becomes dirty when the trigger or the schedule changes", () => {
    const draft = targetingDraftOf(saved, "UTC");
    expect(isTargetingDirty({ ...draft, trigger: { kind: "exit_intent" } }, saved)).toBe(true);
    expect(
      isTargetingDirty({ ...draft, schedule: { ...draft.schedule, start: "2026-05-01T08:00" } }, saved),
    ).toBe(true);
  });

  it("names a schedule mistake at its field instead of saving", () => {
    const draft = targetingDraftOf(saved, "UTC");
    const body = targetingBodyOf({ ...draft, schedule: { ...draft.schedule, end: "2026-04-01T00:00" } });
    expect(body).toEqual({ ok: false, errors: { "schedule.end": "The end must come after the start" } });
  });

  it("keeps a stored audience that is not a condition group out of the editor", () => {
    const odd = { ...saved, targeting: { ...saved.targeting, audience: { nonsense: true } } };
    expect(targetingDraftOf(odd, "UTC").audience).toBeNull();
  });

  it("reads the server's audience problems in words", () => {
    const error = new ApiError(400, "validation_failed", "The audience has problems", {
      problems: [
        '"person.email contains" needs a value',
        "audience.conditions.1.conditions.0.attribute: must be …",
      ],
    });
    expect(audienceProblemsOf(error)).toEqual([
      '"person.email contains" needs a value',
      "Condition 2.1 (attribute): must be …",
    ]);
    expect(audienceProblemsOf(new Error("x"))).toEqual([]);
  });
});
