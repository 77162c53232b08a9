import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type MeetingIcsInput, meetingIcs } from "./meetingIcs";

const base: MeetingIcsInput = {
  uid: "m-123@parley.test",
  sequence: 2,
  start: "2027-03-08T15:30:00.000Z",
  end: "2027-03-08T16:00:00.000Z",
  title: "Meeting with Ada Agent",
  description: "Line one\nLine two, with a comma; and a semicolon",
  videoUrl: "https://video.example.com/room/ada",
  organizer: { name: "Ada Agent", email: "ada@example.com" },
  attendee: { name: "Vic Visitor", email: "vic@example.org" },
  method: "REQUEST",
  stamp: "2027-03-01T09:00:00.000Z",
};

function parse(text: string): { calendar: ICAL.Component; event: ICAL.Component } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  return { calendar, event: events[0]! };
}

const utc = (event: ICAL.Component, name: string): string => {
  const time = event.getFirstPropertyValue(name) as ICAL.Time;
  expect(time.zone?.tzid).toBe("UTC");
  return time.toJSDate().toISOString();
};

describe("meetingIcs", () => {
  it("writes an invitation a calendar program reads: method, identity, UTC times, people", () => {
    const { calendar, event } = parse(meetingIcs(base));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(event.getFirstPropertyValue("uid")).toBe("m-123@parley.test");
    expect(event.getFirstPropertyValue("sequence")).toBe(2);
    expect(utc(event, "dtstamp")).toBe("2027-03-01T09:00:00.000Z");
    expect(utc(event, "dtstart")).toBe("2027-03-08T15:30:00.000Z");
    expect(utc(event, "dtend")).toBe("2027-03-08T16:00:00.000Z");
    expect(event.getFirstPropertyValue("summary")).toBe("Meeting with Ada Agent");
    expect(event.getFirstPropertyValue("description")).toBe(base.description);
    expect(event.getFirstPropertyValue("location")).toBe("https://video.example.com/room/ada");
    expect(event.getFirstPropertyValue("url")).toBe("https://video.example.com/room/ada");
    expect(event.getFirstPropertyValue("status")).toBe("CONFIRMED");

    const organizer = event.getFirstProperty("organizer")!;
    expect(String(organizer.getFirstValue()).toLowerCase()).toBe("mailto:ada@example.com");
    expect(organizer.getParameter("cn")).toBe("Ada Agent");
    const attendee = event.getFirstProperty("attendee")!;
    expect(String(attendee.getFirstValue()).toLowerCase()).toBe("mailto:vic@example.org");
    expect(attendee.getParameter("cn")).toBe("Vic Visitor");
    expect(attendee.getParameter("rsvp")).toBe("TRUE");
    expect(attendee.getParameter("partstat")).toBe("NEEDS-ACTION");
  });

  it("cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UID", () => {
    const { calendar, event } = parse(meetingIcs({ ...base, method: "CANCEL", sequence: 3 }));
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(event.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.getFirstPropertyValue("uid")).toBe("m-123@parley.test");
    expect(event.getFirstPropertyValue("sequence")).toBe(3);
  });

  it("stores a CalDAV event without METHOD (RFC 4791 forbids it in a calendar object)", () => {
    const text = meetingIcs({
      ...base,
      method: null,
      videoUrl: null,
      attendee: { name: null, email: "v@x.org" },
    });
    expect(text).not.toMatch(/^METHOD:/m);
    const { event } = parse(text);
    expect(event.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(event.getFirstPropertyValue("location")).toBeNull();
    expect(event.getFirstPropertyValue("url")).toBeNull();
    // a visitor without a name is addressed by their email, not "Unnamed attendee"
    expect(event.getFirstProperty("attendee")!.getParameter("cn")).toBe("v@x.org");
  });

  it("refuses a start that is not an instant", () => {
    expect(() => meetingIcs({ ...base, start: "next tuesday" })).toThrow(/start/);
  });
});
