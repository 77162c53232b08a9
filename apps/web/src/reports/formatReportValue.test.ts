import { describe, expect, test } from "vitest";
import { formatDay, formatReportValue, formatSeconds, siteLocale } from "./formatReportValue";

describe("report values as people read them", () => {
  test("counts are grouped in the locale, rates are percentages, empty values a dash", () => {
    expect(formatReportValue("count", 1234567, "en-US")).toBe("1,234,567");
    expect(formatReportValue("count", 1234567, "de")).toBe("1.234.567");
    expect(formatReportValue("count", 0, "en-US")).toBe("0");
    expect(formatReportValue("rate", 0.4567, "en-US")).toBe("45.7%");
    expect(formatReportValue("rate", 1, "en-US")).toBe("100%");
    expect(formatReportValue("rate", 0, "en-US")).toBe("0%");
    // A rate whose divisor is 0 is null: not 0 %.
    expect(formatReportValue("rate", null, "en-US")).toBe("—");
    expect(formatReportValue("count", undefined, "en-US")).toBe("—");
    expect(formatReportValue("text", "Pricing page", "en-US")).toBe("Pricing page");
  });

  test("durations are m:ss, and h:mm:ss from an hour on", () => {
    expect(formatSeconds(0)).toBe("0:00");
    expect(formatSeconds(7)).toBe("0:07");
    expect(formatSeconds(65.4)).toBe("1:05");
    expect(formatSeconds(59.6)).toBe("1:00");
    expect(formatSeconds(3600)).toBe("1:00:00");
    expect(formatSeconds(3725)).toBe("1:02:05");
    expect(formatReportValue("seconds", 125, "en-US")).toBe("2:05");
    expect(formatReportValue("seconds", null, "en-US")).toBe("—");
  });

  test("days are written in the locale and never shift by the viewer's zone", () => {
    expect(formatDay("2026-12-01", "en-US")).toBe("Dec 1, 2026");
    expect(formatDay("2026-12-01", "en-GB")).toBe("1 Dec 2026");
    expect(formatDay("2026-12-01", "en-GB", "short")).toBe("1 Dec");
    expect(formatReportValue("date", "2027-01-31", "en-US")).toBe("Jan 31, 2027");
    expect(formatDay("not a day", "en-US")).toBe("not a day");
  });

  test("a site's locale is its language when one is set, else the viewer's", () => {
    expect(siteLocale({ language: "fr" })).toBe("fr");
    expect(siteLocale({ language: "auto" })).toBeUndefined();
    expect(siteLocale(null)).toBeUndefined();
  });
});
