import { AgentAvailability, Availability } from "@parley/protocol/meetings";
import { describe, expect, test } from "vitest";
import {
  availabilityBodyOf,
  availabilityDraftOf,
  availabilityProblems,
  draftFingerprint,
  hasProblems,
} from "./availabilityDraft";

const keys = () => {
  let n = 0;
  return () => `k${++n}`;
};
const stored = (patch: Record<string, unknown> = {}) =>
  AgentAvailability.parse({
    userId: "u1",
    configured: true,
    updatedAt: "2027-03-01T09:00:00.000Z",
    timeZone: "Europe/Berlin",
    schedule: { blocks: [{ day: 1, start: "09:00", end: "12:00" }] },
    ...patch,
  });

describe("availability draft", () => {
  test("a saved availability round-trips: the body is what the server has, notice shown in hours", () => {
    const saved = stored({
      noticeMinutes: 90,
      dailyCap: 4,
      overrides: [{ date: "2027-12-24", blocks: [] }],
      videoUrl: "https://meet.example.com/ada",
    });
    const draft = availabilityDraftOf(saved, "America/New_York", keys());
    expect(draft.noticeHours).toBe("1.5");
    expect(draft.timeZone).toBe("Europe/Berlin");
    const { userId: _u, configured: _c, updatedAt: _at, ...settings } = saved;
    expect(Availability.parse(availabilityBodyOf(draft))).toEqual(settings);
  });

  test("never saved: the browser's zone, a working week, 24 hours of notice", () => {
    const draft = availabilityDraftOf(
      stored({ configured: false, timeZone: "UTC", schedule: { blocks: [] } }),
      "Asia/Tokyo",
      keys(),
    );
    expect(draft.timeZone).toBe("Asia/Tokyo");
    expect(draft.noticeHours).toBe("24");
    expect(draft.blocks.map((b) => b.day)).toEqual([1, 2, 3, 4, 5]);
  });

  test("blocks of a day are joined, overrides sorted by day, empty optional numbers mean none", () => {
    const draft = {
      ...availabilityDraftOf(stored(), "UTC", keys()),
      blocks: [
        { key: "a", day: 2, start: "13:00", end: "17:00" },
        { key: "b", day: 2, start: "09:00", end: "13:00" },
        { key: "c", day: 1, start: "08:00", end: "09:00" },
      ],
      overrides: [
        { key: "o2", date: "2027-05-02", blocks: [{ key: "x", day: 0, start: "10:00", end: "12:00" }] },
        { key: "o1", date: "2027-05-01", blocks: [] },
      ],
      slotStepMinutes: "",
      dailyCap: " ",
      noticeHours: "0,5",
    };
    expect(availabilityBodyOf(draft)).toMatchObject({
      schedule: {
        blocks: [
          { day: 1, start: "08:00", end: "09:00" },
          { day: 2, start: "09:00", end: "17:00" },
        ],
      },
      overrides: [
        { date: "2027-05-01", blocks: [] },
        { date: "2027-05-02", blocks: [{ start: "10:00", end: "12:00" }] },
      ],
      slotStepMinutes: null,
      dailyCap: null,
      noticeMinutes: 30,
    });
  });

  test("names each field the server would refuse, at the field", () => {
    const draft = {
      ...availabilityDraftOf(stored(), "UTC", keys()),
      meetingMinutes: "3",
      bufferMinutes: "ten",
      horizonDays: "1.5",
      dailyCap: "0",
      videoUrl: "meet.example.com",
      blocks: [{ key: "w", day: 1, start: "12:00", end: "11:00" }],
      overrides: [
        { key: "o1", date: "2027-02-30", blocks: [] },
        { key: "o2", date: "2027-06-01", blocks: [{ key: "x", day: 0, start: "9", end: "10:00" }] },
        { key: "o3", date: "2027-06-01", blocks: [] },
      ],
    };
    const problems = availabilityProblems(draft);
    expect(problems.fields).toEqual({
      meetingMinutes: "Between 5 and 480 minutes",
      bufferMinutes: "Must be a number",
      horizonDays: "Must be a whole number",
      dailyCap: "Between 1 and 50 meetings",
      videoUrl: "Must be a web address such as https://meet.example.com/ada",
      "override.o1": "Choose a day",
      "override.o3": "This day already has an override",
    });
    expect(problems.blocks).toEqual({
      w: { field: "end", message: "Must end after it starts" },
      x: { field: "start", message: "Must be a time such as 09:30" },
    });
    expect(hasProblems(availabilityProblems(availabilityDraftOf(stored(), "UTC", keys())))).toBe(false);
  });

  test("the fingerprint ignores React keys but sees every change", () => {
    const a = availabilityDraftOf(stored(), "UTC", keys());
    const b = availabilityDraftOf(stored(), "UTC", () => "other");
    expect(draftFingerprint(a)).toBe(draftFingerprint(b));
    expect(draftFingerprint({ ...a, bufferMinutes: "5" })).not.toBe(draftFingerprint(a));
  });
});
