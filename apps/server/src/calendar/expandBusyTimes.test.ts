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
const event = (uid: string, lines: string[]) =>
  ["BEGIN:VEVENT", `UID:${uid}`, "DTSTAMP:20270101T000000Z", ...lines, "END:VEVENT"].join("\r\n");
const calendar = (...events: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", ...events, "END:VCALENDAR"].join("\r\n");

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

  it("adds RDATEs (zoned, PERIOD, DATE), drops a UTC EXDATE and follows overrides named in UTC or TZID, across the DST change", () => {
    const busy = expandBusyTimes([fixture("recurring-paris.ics")], { ...window, zone: "Europe/Paris" });
    expect(busy.map(span)).toEqual([
      // Monday 15 March 10:00 CET
      "2027-03-15T09:00:00.000Z 2027-03-15T10:00:00.000Z",
      // 22 March (its RECURRENCE-ID in UTC) moved to Wednesday 24 March 14:00 CET; its old time is free
      "2027-03-24T13:00:00.000Z 2027-03-24T14:00:00.000Z",
      // 29 March cancelled (an override with STATUS:CANCELLED); RDATE Wednesday 31 March 16:00 CEST
      "2027-03-31T14:00:00.000Z 2027-03-31T15:00:00.000Z",
      // RDATE PERIOD: its own two hours, not the series' one
      "2027-04-01T12:00:00.000Z 2027-04-01T14:00:00.000Z",
      // RDATE DATE in a timed series: that day at the series' 10:00 (CEST)
      "2027-04-02T08:00:00.000Z 2027-04-02T09:00:00.000Z",
      // 5 April excluded by an EXDATE written in UTC; 12 April 10:00 CEST
      "2027-04-12T08:00:00.000Z 2027-04-12T09:00:00.000Z",
    ]);
  });

  it("counts DTSTART with RDATEs alone, all-day RDATE and EXDATE dates, and an RDATE in another zone", () => {
    const busy = expandBusyTimes(
      [
        calendar(
          event("rdates-only", [
            "DTSTART;TZID=Europe/Berlin:20270302T100000",
            "DTEND;TZID=Europe/Berlin:20270302T103000",
            // 09:00 in New York before the US change (14 March) is 15:00 in Berlin
            "RDATE;TZID=America/New_York:20270309T090000",
          ]),
          event("offsite", [
            "DTSTART;VALUE=DATE:20270308",
            "DTEND;VALUE=DATE:20270309",
            "RRULE:FREQ=MONTHLY;COUNT=2",
            "RDATE;VALUE=DATE:20270310",
            "EXDATE;VALUE=DATE:20270408",
          ]),
        ),
      ],
      window,
    );
    expect(busy.map((b) => `${b.uid} ${span(b)}`)).toEqual([
      "rdates-only 2027-03-02T09:00:00.000Z 2027-03-02T09:30:00.000Z",
      "offsite 2027-03-07T23:00:00.000Z 2027-03-08T23:00:00.000Z",
      "rdates-only 2027-03-09T14:00:00.000Z 2027-03-09T14:30:00.000Z",
      "offsite 2027-03-09T23:00:00.000Z 2027-03-10T23:00:00.000Z",
    ]);
  });

  it("moves every later instance after a RANGE=THISANDFUTURE override; an override without an end keeps the series' length", () => {
    const busy = expandBusyTimes(
      [
        calendar(
          event("daily", ["DTSTART:20270302T090000Z", "DTEND:20270302T100000Z", "RRULE:FREQ=DAILY;COUNT=4"]),
          event("daily", [
            "RECURRENCE-ID;RANGE=THISANDFUTURE:20270303T090000Z",
            "DTSTART:20270303T100000Z",
            "DTEND:20270303T103000Z",
          ]),
          event("weekly", ["DTSTART:20270302T120000Z", "DURATION:PT45M", "RRULE:FREQ=WEEKLY;COUNT=2"]),
          event("weekly", ["RECURRENCE-ID:20270309T120000Z", "DTSTART:20270310T070000Z"]),
        ),
      ],
      window,
    );
    expect(busy.map((b) => `${b.uid} ${span(b)}`)).toEqual([
      "daily 2027-03-02T09:00:00.000Z 2027-03-02T10:00:00.000Z",
      "weekly 2027-03-02T12:00:00.000Z 2027-03-02T12:45:00.000Z",
      "daily 2027-03-03T10:00:00.000Z 2027-03-03T10:30:00.000Z",
      "daily 2027-03-04T10:00:00.000Z 2027-03-04T10:30:00.000Z",
      "daily 2027-03-05T10:00:00.000Z 2027-03-05T10:30:00.000Z",
      "weekly 2027-03-10T07:00:00.000Z 2027-03-10T07:45:00.000Z",
    ]);
  });

  it("refuses text that is not iCalendar", () => {
    expect(() => expandBusyTimes(["<html>Sign in</html>"], window)).toThrow();
  });
});
