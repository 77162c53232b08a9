import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expandBusyTimes } from "./expandBusyTimes";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

// Monday 1 March 2027, 12:00 UTC; the window the sync uses: now − 1 day … now + 90 days.
const window = {
  windowStart: "2027-02-28T12:00:00.000Z",
  windowEnd: "2027-05-30T12:00:00.000Z",
  zone: "Europe/Berlin",
};
const span = (b: { start: string; end: string }) => `${b.start} ${b.end}`;

describe("expandBusyTimes", () => {
  it("expands a weekly series across the DST change, without the EXDATE and with the moved instance", () => {
    const busy = expandBusyTimes([fixture("weekly-dst.ics")], window);
    expect(busy.map(span)).toEqual([
      // 10:00 CET is 09:00 UTC …
      "2027-03-15T09:00:00.000Z 2027-03-15T10:00:00.000Z",
      // 22 March is excluded; 29 March moved to Tuesday 14:00 CEST (after the change on 28 March)
      "2027-03-30T12:00:00.000Z 2027-03-30T13:00:00.000Z",
      // … and 10:00 CEST is 08:00 UTC
      "2027-04-05T08:00:00.000Z 2027-04-05T09:00:00.000Z",
    ]);
    expect(busy.every((b) => b.uid === "weekly-standup@example.com")).toBe(true);
  });

  it("reads times in a custom VTIMEZONE definition (Outlook's names are not IANA zones)", () => {
    const busy = expandBusyTimes([fixture("outlook-custom-zone.ics")], window);
    expect(busy.map(span)).toEqual([
      // 09:00 Eastern before the US change on 14 March (−05:00) …
      "2027-03-11T14:00:00.000Z 2027-03-11T14:30:00.000Z",
      // … and after it (−04:00)
      "2027-03-18T13:00:00.000Z 2027-03-18T13:30:00.000Z",
    ]);
  });

  it("honours all-day, transparent, cancelled, floating and zone-only events and skips Parley's own", () => {
    const busy = expandBusyTimes([fixture("mixed.ics")], {
      ...window,
      skipUids: new Set(["parley-meeting-uid@parley"]),
    });
    expect(busy.map((b) => `${b.uid} ${span(b)}`)).toEqual(
      [
        // the whole of Friday 5 March in Berlin
        "offsite@example.com 2027-03-04T23:00:00.000Z 2027-03-05T23:00:00.000Z",
        // lunch is busy, the transparent focus time before it is not
        "lunch@example.com 2027-03-02T15:00:00.000Z 2027-03-02T16:00:00.000Z",
        // a floating 09:00 is 09:00 in the host's zone (CET)
        "floating@example.com 2027-03-03T08:00:00.000Z 2027-03-03T09:00:00.000Z",
        // the daily series without its cancelled Tuesday instance
        "daily-sync@example.com 2027-03-08T08:00:00.000Z 2027-03-08T08:15:00.000Z",
        "daily-sync@example.com 2027-03-10T08:00:00.000Z 2027-03-10T08:15:00.000Z",
        // a TZID naming an IANA zone with no VTIMEZONE in the file (EDT since 14 March), DURATION
        "new-york@example.com 2027-03-16T13:00:00.000Z 2027-03-16T13:45:00.000Z",
        // Saturday and Sunday in Berlin: the Sunday is 23 hours long
        "trip@example.com 2027-03-26T23:00:00.000Z 2027-03-28T22:00:00.000Z",
      ].sort((a, b) => a.split(" ")[1]!.localeCompare(b.split(" ")[1]!)),
    );
  });

  it("expands an old endless series only within the window", () => {
    const text = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:x",
      "BEGIN:VEVENT",
      "UID:since-2020",
      "DTSTAMP:20200101T000000Z",
      "DTSTART:20200106T070000Z",
      "DTEND:20200106T073000Z",
      "RRULE:FREQ=DAILY",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    const busy = expandBusyTimes([text], window);
    expect(busy[0]?.start).toBe("2027-03-01T07:00:00.000Z");
    expect(busy.at(-1)?.start).toBe("2027-05-30T07:00:00.000Z");
    expect(busy).toHaveLength(91);
  });

  it("does not leave a feed's custom zone behind for the next feed", () => {
    expandBusyTimes([fixture("outlook-custom-zone.ics")], window);
    const withoutDefinition = fixture("outlook-custom-zone.ics").replace(
      /BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\n/,
      "",
    );
    // Unknown zone name: read in the host's zone (Berlin, CET) instead of a definition from another feed.
    expect(expandBusyTimes([withoutDefinition], window).map(span)[0]).toBe(
      "2027-03-11T08:00:00.000Z 2027-03-11T08:30:00.000Z",
    );
  });

  it("refuses text that is not iCalendar", () => {
    expect(() => expandBusyTimes(["<html>Sign in</html>"], window)).toThrow();
  });
});
