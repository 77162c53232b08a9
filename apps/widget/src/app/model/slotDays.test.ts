import type { SlotDay } from "@parley/protocol/meetings";
import { describe, expect, it } from "vitest";
import { slotDays, slotFormat } from "./slotDays";

const slot = (start: string, minutes = 30): SlotDay["slots"][number] => ({
  start,
  end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
});
/** As the server might send them: grouped by UTC dates. */
const byUtcDate = (...starts: string[]): SlotDay[] => {
  const days = new Map<string, SlotDay>();
  for (const start of starts) {
    const date = start.slice(0, 10);
    if (!days.has(date)) days.set(date, { date, slots: [] });
    days.get(date)?.slots.push(slot(start));
  }
  return [...days.values()];
};

// Monday 1 March 2027: 14:00 UTC is 9:00 in New York (EST), 23:00 in Tokyo, 15:00 in Berlin.
const monday = byUtcDate(
  "2027-03-01T14:00:00.000Z",
  "2027-03-01T14:30:00.000Z",
  "2027-03-02T04:30:00.000Z",
  "2027-03-02T15:00:00.000Z",
);

describe("the visitor's days and times", () => {
  it("groups by the visitor's own dates: 04:30 UTC on Tuesday is still Monday evening in New York", () => {
    const days = slotDays(monday, slotFormat("en-US", "America/New_York"));
    expect(days.map((d) => [d.date, d.weekday, d.day, d.long])).toEqual([
      ["2027-03-01", "Mon", "Mar 1", "Monday, March 1"],
      ["2027-03-02", "Tue", "Mar 2", "Tuesday, March 2"],
    ]);
    expect(days.map((d) => d.times.map((t) => t.label))).toEqual([
      ["9:00 AM", "9:30 AM", "11:30 PM"],
      ["10:00 AM"],
    ]);
    expect(days[0]?.times[2]?.start).toBe("2027-03-02T04:30:00.000Z");
  });

  it("the same slots in Tokyo, in Japanese: other days, 24-hour times", () => {
    const days = slotDays(monday, slotFormat("ja-JP", "Asia/Tokyo"));
    expect(days.map((d) => [d.date, d.weekday, d.day])).toEqual([
      ["2027-03-01", "月", "3月1日"],
      ["2027-03-02", "火", "3月2日"],
      ["2027-03-03", "水", "3月3日"],
    ]);
    expect(days.map((d) => d.times.map((t) => t.label))).toEqual([["23:00", "23:30"], ["13:30"], ["0:00"]]);
  });

  it("German and French write the hour with its leading zero and their own day names", () => {
    const de = slotDays(monday, slotFormat("de-DE", "Europe/Berlin"));
    expect(de[0]).toMatchObject({ weekday: "Mo", day: "1. März", long: "Montag, 1. März" });
    expect(de[0]?.times.map((t) => t.label)).toEqual(["15:00", "15:30"]);
    const fr = slotDays(byUtcDate("2027-03-02T07:05:00.000Z"), slotFormat("fr-FR", "Europe/Paris"));
    expect(fr[0]).toMatchObject({ weekday: "mar.", long: "mardi 2 mars" });
    expect(fr[0]?.times[0]?.label).toBe("08:05");
  });

  it("follows daylight saving time: 9:00 in New York is 14:00 UTC before 14 March 2027 and 13:00 after", () => {
    const days = slotDays(
      byUtcDate("2027-03-13T14:00:00.000Z", "2027-03-15T13:00:00.000Z"),
      slotFormat("en-US", "America/New_York"),
    );
    expect(days.map((d) => [d.long, d.times.map((t) => t.label)])).toEqual([
      ["Saturday, March 13", ["9:00 AM"]],
      ["Monday, March 15", ["9:00 AM"]],
    ]);
  });

  it("orders days and times and drops a start sent twice", () => {
    const days = slotDays(
      [
        { date: "2027-03-02", slots: [slot("2027-03-02T15:00:00.000Z")] },
        { date: "2027-03-01", slots: [slot("2027-03-01T15:00:00.000Z"), slot("2027-03-01T14:00:00.000Z")] },
        { date: "2027-03-01", slots: [slot("2027-03-01T14:00:00.000Z")] },
      ],
      slotFormat("en-GB", "Europe/London"),
    );
    expect(days.map((d) => [d.day, d.times.map((t) => t.label)])).toEqual([
      ["1 Mar", ["14:00", "15:00"]],
      ["2 Mar", ["15:00"]],
    ]);
  });

  it("no slots, no days", () => {
    expect(slotDays([], slotFormat("en-US", "UTC"))).toEqual([]);
    expect(slotDays([{ date: "2027-03-01", slots: [] }], slotFormat("en-US", "UTC"))).toEqual([]);
  });

  it("names the zone the way the visitor reads it", () => {
    expect(slotFormat("en-US", "America/New_York").zone("2027-03-01T14:00:00.000Z")).toBe("Eastern Time");
    expect(slotFormat("en-US", "Europe/Berlin").zone("2027-07-01T14:00:00.000Z")).toBe(
      "Central European Time",
    );
  });
});
