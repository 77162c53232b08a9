import { describe, expect, test } from "vitest";
import { addDays, presetRange, todayIn } from "./reportDates";

describe("report date presets", () => {
  test("today is the site's day, not the viewer's: one instant is two days in Tokyo and Los Angeles", () => {
    // 2026-12-01 20:30 UTC: already 2 Dec in Tokyo, still 1 Dec in Los Angeles.
    const now = Date.parse("2026-12-01T20:30:00Z");
    expect(todayIn("Asia/Tokyo", now)).toBe("2026-12-02");
    expect(todayIn("America/Los_Angeles", now)).toBe("2026-12-01");
    expect(todayIn("UTC", now)).toBe("2026-12-01");
    // A zone the browser does not know counts in UTC rather than breaking the page.
    expect(todayIn("Mars/Olympus_Mons", now)).toBe("2026-12-01");
  });

  test("each preset covers whole days, the last day included", () => {
    const today = "2027-03-03";
    expect(presetRange("today", today)).toEqual({ from: "2027-03-03", to: "2027-03-03" });
    expect(presetRange("last7", today)).toEqual({ from: "2027-02-25", to: "2027-03-03" });
    expect(presetRange("last30", today)).toEqual({ from: "2027-02-02", to: "2027-03-03" });
    expect(presetRange("last90", today)).toEqual({ from: "2026-12-04", to: "2027-03-03" });
    expect(presetRange("thisMonth", today)).toEqual({ from: "2027-03-01", to: "2027-03-03" });
    expect(presetRange("lastMonth", today)).toEqual({ from: "2027-02-01", to: "2027-02-28" });
  });

  test("last month across a year and in a leap year; days move across DST without losing one", () => {
    expect(presetRange("lastMonth", "2027-01-15")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(presetRange("lastMonth", "2028-03-31")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    // Europe's spring change (28 March 2027) is a date like any other here.
    expect(addDays("2027-03-27", 2)).toBe("2027-03-29");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
  });
});
