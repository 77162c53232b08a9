import type { Availability } from "@parley/protocol/meetings";
import { describe, expect, it } from "vitest";
import { computeSlots, type SlotInput } from "./computeSlots";
import { defaultAvailability } from "./defaultAvailability";

const at = Date.parse;
const base = (timeZone: string, changes: Partial<Availability> = {}): Availability => ({
  ...defaultAvailability(timeZone),
  noticeMinutes: 0,
  ...changes,
});
const slotStarts = (input: Partial<SlotInput> & Pick<SlotInput, "availability" | "now">) =>
  computeSlots({ busy: [], meetings: [], ...input }).map((s) => s.start);
/** One date's blocks only: every weekly block gone, the date overridden. */
const onlyOn = (date: string, blocks: { start: string; end: string }[]) => ({
  schedule: { blocks: [] },
  overrides: [{ date, blocks }],
});

describe("computeSlots: examples with exact instants", () => {
  it("a Monday in Paris keeps 09:00 local across the March 2027 change (08:00 UTC before, 07:00 after)", () => {
    const availability = base("Europe/Paris", {
      schedule: { blocks: [{ day: 1, start: "09:00", end: "10:00" }] },
      horizonDays: 14,
    });
    const slots = computeSlots({ availability, busy: [], meetings: [], now: at("2027-03-20T12:00:00Z") });
    expect(slots).toEqual([
      { start: "2027-03-22T08:00:00.000Z", end: "2027-03-22T08:30:00.000Z" },
      { start: "2027-03-22T08:30:00.000Z", end: "2027-03-22T09:00:00.000Z" },
      { start: "2027-03-29T07:00:00.000Z", end: "2027-03-29T07:30:00.000Z" },
      { start: "2027-03-29T07:30:00.000Z", end: "2027-03-29T08:00:00.000Z" },
    ]);
  });

  it("skips wall-clock starts that do not exist when New York springs forward (02:00 → 03:00)", () => {
    const availability = base("America/New_York", onlyOn("2027-03-14", [{ start: "01:00", end: "04:00" }]));
    // 01:00 and 01:30 EST, then 03:00 and 03:30 EDT: the block holds two real hours.
    expect(slotStarts({ availability, now: at("2027-03-13T12:00:00Z") })).toEqual([
      "2027-03-14T06:00:00.000Z",
      "2027-03-14T06:30:00.000Z",
      "2027-03-14T07:00:00.000Z",
      "2027-03-14T07:30:00.000Z",
    ]);
  });

  it("offers both real instants of New York's repeated hour when the whole meeting stays in the block", () => {
    const availability = base("America/New_York", onlyOn("2027-11-07", [{ start: "00:30", end: "03:00" }]));
    expect(slotStarts({ availability, now: at("2027-11-06T12:00:00Z") })).toEqual([
      "2027-11-07T04:30:00.000Z", // 00:30 EDT
      "2027-11-07T05:00:00.000Z", // 01:00 EDT
      "2027-11-07T05:30:00.000Z", // 01:30 EDT
      "2027-11-07T06:00:00.000Z", // 01:00 EST
      "2027-11-07T06:30:00.000Z", // 01:30 EST
      "2027-11-07T07:00:00.000Z", // 02:00 EST
      "2027-11-07T07:30:00.000Z", // 02:30 EST
    ]);
  });

  it("drops the earlier 01:30 when its hour-long meeting would run through 01:00–01:30 again, before the block", () => {
    const availability = base("America/New_York", {
      ...onlyOn("2027-11-07", [{ start: "01:30", end: "03:00" }]),
      meetingMinutes: 60,
      slotStepMinutes: 30,
    });
    // 01:30 EDT would read 01:30→02:00 then 01:00→01:30 EST; 01:30 EST and 02:00 EST fit.
    expect(slotStarts({ availability, now: at("2027-11-06T12:00:00Z") })).toEqual([
      "2027-11-07T06:30:00.000Z",
      "2027-11-07T07:00:00.000Z",
    ]);
  });

  it("Lord Howe's half-hour fall-back repeats 01:30–02:00: four half hours fit in 01:00–02:30", () => {
    const availability = base(
      "Australia/Lord_Howe",
      onlyOn("2027-04-04", [{ start: "01:00", end: "02:30" }]),
    );
    expect(slotStarts({ availability, now: at("2027-04-02T00:00:00Z") })).toEqual([
      "2027-04-03T14:00:00.000Z", // 01:00 +11
      "2027-04-03T14:30:00.000Z", // 01:30 +11
      "2027-04-03T15:00:00.000Z", // 01:30 +10:30
      "2027-04-03T15:30:00.000Z", // 02:00 +10:30
    ]);
  });

  it("Santiago skips its midnight (00:00 → 01:00 on 5 September 2027); a Saturday block to 24:00 still ends on time", () => {
    const availability = base("America/Santiago", {
      schedule: { blocks: [] },
      meetingMinutes: 60,
      overrides: [
        { date: "2027-09-04", blocks: [{ start: "22:00", end: "24:00" }] },
        { date: "2027-09-05", blocks: [{ start: "00:00", end: "03:00" }] },
      ],
    });
    expect(slotStarts({ availability, now: at("2027-09-03T12:00:00Z") })).toEqual([
      "2027-09-05T02:00:00.000Z", // Sat 22:00 −04
      "2027-09-05T03:00:00.000Z", // Sat 23:00 −04, ends at Sunday 01:00 −03
      "2027-09-05T04:00:00.000Z", // Sun 01:00 −03 (00:00 does not exist)
      "2027-09-05T05:00:00.000Z", // Sun 02:00 −03
    ]);
  });

  it("reads quarter-hour zones through Luxon: 09:00 in Kathmandu is 03:15 UTC, in Chatham (summer) 19:15 the day before", () => {
    const monday = { schedule: { blocks: [{ day: 1, start: "09:00", end: "09:30" }] }, horizonDays: 3 };
    const now = at("2027-02-27T00:00:00Z");
    expect(slotStarts({ availability: base("Asia/Kathmandu", monday), now })).toEqual([
      "2027-03-01T03:15:00.000Z",
    ]);
    expect(slotStarts({ availability: base("Pacific/Chatham", monday), now })).toEqual([
      "2027-02-28T19:15:00.000Z",
    ]);
  });

  it("keeps the buffer after every event and after the new meeting too", () => {
    const availability = base("UTC", {
      schedule: { blocks: [{ day: 1, start: "08:00", end: "13:00" }] },
      meetingMinutes: 60,
      slotStepMinutes: 15,
      bufferMinutes: 15,
    });
    const now = at("2027-03-01T00:00:00Z");
    const busy = [{ start: at("2027-03-01T10:00:00Z"), end: at("2027-03-01T11:00:00Z") }];
    // Before: a meeting must end by 09:45; after: start no earlier than 11:15.
    expect(slotStarts({ availability: { ...availability, horizonDays: 1 }, now, busy })).toEqual([
      "2027-03-01T08:00:00.000Z",
      "2027-03-01T08:15:00.000Z",
      "2027-03-01T08:30:00.000Z",
      "2027-03-01T08:45:00.000Z",
      "2027-03-01T11:15:00.000Z",
      "2027-03-01T11:30:00.000Z",
      "2027-03-01T11:45:00.000Z",
      "2027-03-01T12:00:00.000Z",
    ]);
  });

  it("starts no earlier than the notice and no later than the horizon, both ends included", () => {
    const availability = base("UTC", {
      schedule: { blocks: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: "10:00", end: "11:00" })) },
      meetingMinutes: 30,
      noticeMinutes: 60,
      horizonDays: 2,
    });
    // now 09:00 + 1 h notice: 10:00 today is the first; now + 48 h = 09:00 two days on: that day's 10:00 is out.
    expect(slotStarts({ availability, now: at("2027-03-01T09:00:00Z") })).toEqual([
      "2027-03-01T10:00:00.000Z",
      "2027-03-01T10:30:00.000Z",
      "2027-03-02T10:00:00.000Z",
      "2027-03-02T10:30:00.000Z",
    ]);
    expect(
      slotStarts({
        availability: { ...availability, noticeMinutes: 61 },
        now: at("2027-03-01T09:00:00Z"),
      })[0],
    ).toBe("2027-03-01T10:30:00.000Z");
    expect(slotStarts({ availability, now: at("2027-03-01T10:00:00Z") }).at(-1)).toBe(
      "2027-03-03T10:00:00.000Z",
    );
  });

  it("a day that already holds dailyCap meetings (in the host's zone, not UTC) offers nothing", () => {
    const availability = base("Asia/Tokyo", {
      schedule: { blocks: [2, 3].map((day) => ({ day, start: "09:00", end: "10:00" })) },
      meetingMinutes: 60,
      dailyCap: 1,
      horizonDays: 3,
    });
    const now = at("2027-03-01T00:00:00Z");
    // Monday 20:00 UTC is Tuesday 05:00 in Tokyo: Tuesday is full, Wednesday is not.
    const meetings = [{ start: at("2027-03-01T20:00:00Z"), end: at("2027-03-01T20:30:00Z") }];
    expect(slotStarts({ availability, now, meetings })).toEqual(["2027-03-03T00:00:00.000Z"]);
    expect(slotStarts({ availability: { ...availability, dailyCap: 2 }, now, meetings })).toEqual([
      "2027-03-02T00:00:00.000Z",
      "2027-03-03T00:00:00.000Z",
    ]);
  });

  it("an override replaces the weekday's blocks; an empty one closes the day", () => {
    const weekdays = base("Europe/Paris", {
      schedule: { blocks: [1, 2].map((day) => ({ day, start: "09:00", end: "10:00" })) },
      meetingMinutes: 60,
      horizonDays: 3,
    });
    const now = at("2027-03-01T00:00:00Z");
    expect(
      slotStarts({
        availability: {
          ...weekdays,
          overrides: [
            { date: "2027-03-01", blocks: [{ start: "14:00", end: "15:00" }] },
            { date: "2027-03-02", blocks: [] },
          ],
        },
        now,
      }),
    ).toEqual(["2027-03-01T13:00:00.000Z"]);
  });

  it("overlapping and touching blocks join: starts follow the joined block's start", () => {
    const availability = base("UTC", {
      schedule: {
        blocks: [
          { day: 1, start: "09:30", end: "11:00" },
          { day: 1, start: "09:00", end: "10:00" },
          { day: 1, start: "11:00", end: "11:30" },
        ],
      },
      meetingMinutes: 45,
      horizonDays: 1,
    });
    expect(slotStarts({ availability, now: at("2027-03-01T00:00:00Z") })).toEqual([
      "2027-03-01T09:00:00.000Z",
      "2027-03-01T09:45:00.000Z",
      "2027-03-01T10:30:00.000Z",
    ]);
  });

  it("honours the window [from, to) and answers nothing for a zone Luxon does not know", () => {
    const availability = base("UTC", {
      schedule: { blocks: [{ day: 1, start: "09:00", end: "11:00" }] },
      horizonDays: 1,
    });
    const now = at("2027-03-01T00:00:00Z");
    const window = { from: at("2027-03-01T09:30:00Z"), to: at("2027-03-01T10:30:00Z") };
    expect(slotStarts({ availability, now, window })).toEqual([
      "2027-03-01T09:30:00.000Z",
      "2027-03-01T10:00:00.000Z",
    ]);
    expect(slotStarts({ availability: { ...availability, timeZone: "Mars/Olympus" }, now })).toEqual([]);
  });
});
