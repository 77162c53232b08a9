import { describe, expect, it } from "vitest";
import { instantOf, isTimeZone, wallTimeIn } from "./zonedTime";

describe("the test chat's clock in the chosen time zone", () => {
  it("shows an instant as that zone's wall-clock time, daylight saving included", () => {
    expect(wallTimeIn(new Date("2025-01-15T10:00:00Z"), "Europe/Paris")).toBe("2025-01-15T11:00");
    expect(wallTimeIn(new Date("2025-07-15T10:00:00Z"), "Europe/Paris")).toBe("2025-07-15T12:00");
    expect(wallTimeIn(new Date("2025-07-15T10:00:00Z"), "America/New_York")).toBe("2025-07-15T06:00");
  });

  it("reads a wall-clock time back as the instant, both sides of a daylight-saving change", () => {
    expect(instantOf("2025-01-15T11:00", "Europe/Paris")?.toISOString()).toBe("2025-01-15T10:00:00.000Z");
    expect(instantOf("2025-07-15T12:00", "Europe/Paris")?.toISOString()).toBe("2025-07-15T10:00:00.000Z");
    expect(instantOf("2025-03-09T01:30", "America/New_York")?.toISOString()).toBe("2025-03-09T06:30:00.000Z");
    expect(instantOf("2025-03-09T03:30", "America/New_York")?.toISOString()).toBe("2025-03-09T07:30:00.000Z");
    expect(instantOf("2025-01-15T11:00", "Asia/Kolkata")?.toISOString()).toBe("2025-01-15T05:30:00.000Z");
  });

  it("refuses malformed times, impossible dates and unknown zones", () => {
    expect(instantOf("2025-02-30T10:00", "UTC")).toBeNull();
    expect(instantOf("tomorrow", "UTC")).toBeNull();
    expect(instantOf("2025-01-15T11:00", "Mars/Olympus")).toBeNull();
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("Europe/Paris")).toBe(true);
  });
});
