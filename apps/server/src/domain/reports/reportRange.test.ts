import { describe, expect, it } from "vitest";
import { localDay } from "../../lib/instant";
import { reportRange } from "./reportRange";

const at = (iso: string) => Date.parse(iso);

describe("a report's days in the site's zone", () => {
  it("defaults to the 30 days ending today there, not in UTC", () => {
    // 23:30 UTC on 1 Dec is already 2 Dec in Paris.
    const range = reportRange({}, "Europe/Paris", at("2026-12-01T23:30:00Z"));
    expect(range.to).toBe("2026-12-02");
    expect(range.from).toBe("2026-11-03");
    expect(range.days).toHaveLength(30);
    expect(range.startIso).toBe("2026-11-02T23:00:00.000Z");
    expect(range.endIso).toBe("2026-12-02T23:00:00.000Z");
  });

  it("bounds a day by local midnights, so a DST day has 23 hours", () => {
    const range = reportRange(
      { from: "2026-03-29", to: "2026-03-29" },
      "Europe/Paris",
      at("2026-04-10T00:00:00Z"),
    );
    expect(range.days).toEqual(["2026-03-29"]);
    expect(range.endMs - range.startMs).toBe(23 * 3600_000);
    expect(localDay(at("2026-03-28T23:30:00Z"), "Europe/Paris")).toBe("2026-03-29");
  });

  it("refuses a backwards, too long or impossible range with the field named", () => {
    const now = at("2026-12-01T12:00:00Z");
    expect(() => reportRange({ from: "2026-12-02", to: "2026-12-01" }, "UTC", now)).toThrow(/after `to`/);
    expect(() => reportRange({ from: "2024-01-01", to: "2026-12-01" }, "UTC", now)).toThrow(
      /more than 367 days/,
    );
    expect(() => reportRange({ from: "2026-02-30", to: "2026-03-01" }, "UTC", now)).toThrow(/calendar day/);
  });
});
