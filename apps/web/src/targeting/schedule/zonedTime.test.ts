import { describe, expect, it } from "vitest";
import { fromLocalInput, isKnownZone, toLocalInput } from "./zonedTime";

describe("wall-clock times in an explicit zone", () => {
  it("shows a UTC instant on the zone's clock, summer and winter", () => {
    expect(toLocalInput("2026-07-01T07:30:00.000Z", "Europe/Berlin")).toBe("2026-07-01T09:30");
    expect(toLocalInput("2026-01-15T08:30:00.000Z", "Europe/Berlin")).toBe("2026-01-15T09:30");
    expect(toLocalInput("2026-01-15T04:00:00.000Z", "Asia/Kolkata")).toBe("2026-01-15T09:30");
    expect(toLocalInput("2026-01-01T03:00:00.000Z", "America/New_York")).toBe("2025-12-31T22:00");
  });

  it("reads a typed time back to the same UTC instant", () => {
    expect(fromLocalInput("2026-07-01T09:30", "Europe/Berlin")).toBe("2026-07-01T07:30:00.000Z");
    expect(fromLocalInput("2026-01-15T09:30", "Asia/Kolkata")).toBe("2026-01-15T04:00:00.000Z");
    expect(fromLocalInput("2025-12-31T22:00", "America/New_York")).toBe("2026-01-01T03:00:00.000Z");
    expect(fromLocalInput("2026-03-01T09:00", "UTC")).toBe("2026-03-01T09:00:00.000Z");
  });

  it("round-trips around a daylight-saving change", () => {
    // Berlin moves from +01:00 to +02:00 at 01:00 UTC on 2026-03-29.
    expect(fromLocalInput("2026-03-29T01:59", "Europe/Berlin")).toBe("2026-03-29T00:59:00.000Z");
    expect(fromLocalInput("2026-03-29T03:00", "Europe/Berlin")).toBe("2026-03-29T01:00:00.000Z");
  });

  it("moves a time skipped by the spring change past the gap, as clocks do", () => {
    expect(fromLocalInput("2026-03-29T02:30", "Europe/Berlin")).toBe("2026-03-29T01:30:00.000Z");
    expect(toLocalInput("2026-03-29T01:30:00.000Z", "Europe/Berlin")).toBe("2026-03-29T03:30");
  });

  it("takes the first of a time that happens twice in autumn", () => {
    // 02:30 on 2026-10-25 happens at 00:30 UTC (+02:00) and again at 01:30 UTC (+01:00).
    expect(fromLocalInput("2026-10-25T02:30", "Europe/Berlin")).toBe("2026-10-25T00:30:00.000Z");
  });

  it("refuses what is not a date and time, and unknown zones", () => {
    expect(fromLocalInput("", "UTC")).toBeNull();
    expect(fromLocalInput("2026-02-30T09:00", "UTC")).toBeNull();
    expect(fromLocalInput("tomorrow", "UTC")).toBeNull();
    expect(isKnownZone("Europe/Berlin")).toBe(true);
    expect(isKnownZone("Mars/Olympus")).toBe(false);
  });
});
