import { describe, expect, it } from "vitest";
import { scheduleDraftOf, scheduleStatus, storedScheduleOf } from "./scheduleDraft";

describe("schedule draft", () => {
  it("shows the stored instants in the chosen zone and saves them back unchanged", () => {
    const stored = { start: "2026-05-01T07:00:00.000Z", end: null };
    const draft = scheduleDraftOf(stored, "Europe/Paris");
    expect(draft).toEqual({ start: "2026-05-01T09:00", end: "", zone: "Europe/Paris" });
    expect(storedScheduleOf(draft)).toEqual({ ok: true, schedule: stored });
  });

  it("reads the same typed time differently in another zone", () => {
    const result = storedScheduleOf({ start: "2026-05-01T09:00", end: "", zone: "America/Los_Angeles" });
    expect(result).toEqual({ ok: true, schedule: { start: "2026-05-01T16:00:00.000Z", end: null } });
  });

  it("says at the end field when the end is not after the start", () => {
    const result = storedScheduleOf({ start: "2026-05-01T09:00", end: "2026-05-01T09:00", zone: "UTC" });
    expect(result).toEqual({ ok: false, errors: { end: "The end must come after the start" } });
  });

  it("tells apart before, during and after with start inclusive and end exclusive", () => {
    const s = { start: "2026-05-01T00:00:00.000Z", end: "2026-05-02T00:00:00.000Z" };
    expect(scheduleStatus(s, "2026-04-30T23:59:59.999Z")).toBe("before");
    expect(scheduleStatus(s, "2026-05-01T00:00:00.000Z")).toBe("running");
    expect(scheduleStatus(s, "2026-05-02T00:00:00.000Z")).toBe("ended");
    expect(scheduleStatus({ start: null, end: null }, "1999-01-01T00:00:00Z")).toBe("running");
  });
});
