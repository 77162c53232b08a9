import { describe, expect, it } from "vitest";
import { availabilityUntil } from "./availabilityUntil";

const at = (iso: string) => Date.parse(iso);

describe("availabilityUntil", () => {
  it("without a schedule: the next local midnight, in the agent's own zone", () => {
    // 23:30 in Paris (UTC+1), 08:30 next morning in Tokyo (UTC+9).
    expect(availabilityUntil(null, "Europe/Paris", at("2026-03-10T22:30:00Z"))).toBe(
      "2026-03-10T23:00:00.000Z",
    );
    expect(availabilityUntil(null, "Asia/Tokyo", at("2026-03-10T22:30:00Z"))).toBe(
      "2026-03-11T15:00:00.000Z",
    );
  });

  it("midnight after a spring-forward day is 23 hours after the one before", () => {
    // Paris moves to UTC+2 at 02:00 on 29 March 2026: that day's midnight is 22:00 UTC.
    expect(availabilityUntil(null, "Europe/Paris", at("2026-03-29T00:30:00Z"))).toBe(
      "2026-03-29T22:00:00.000Z",
    );
    expect(availabilityUntil(null, "Europe/Paris", at("2026-03-28T12:00:00Z"))).toBe(
      "2026-03-28T23:00:00.000Z",
    );
  });

  it("the next block's start when it comes before midnight, counted in the zone's new offset after DST", () => {
    // New York springs forward at 02:00 on Sunday 8 March 2026; a Sunday 09:00 block starts at 13:00 UTC.
    const sunday = { blocks: [{ day: 7, start: "09:00", end: "17:00" }] };
    expect(availabilityUntil(sunday, "America/New_York", at("2026-03-08T06:00:00Z"))).toBe(
      "2026-03-08T13:00:00.000Z",
    );
  });

  it("inside a block, or after today's block: midnight, as the next block starts later", () => {
    const weekdays = { blocks: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })) };
    // Tuesday 10:00 and 18:00 in Paris.
    expect(availabilityUntil(weekdays, "Europe/Paris", at("2026-03-10T09:00:00Z"))).toBe(
      "2026-03-10T23:00:00.000Z",
    );
    expect(availabilityUntil(weekdays, "Europe/Paris", at("2026-03-10T17:00:00Z"))).toBe(
      "2026-03-10T23:00:00.000Z",
    );
    // Tuesday 07:00 in Paris: the block at 09:00 comes first.
    expect(availabilityUntil(weekdays, "Europe/Paris", at("2026-03-10T06:00:00Z"))).toBe(
      "2026-03-10T08:00:00.000Z",
    );
  });

  it("a block that starts right now is not the next one", () => {
    const block = {
      blocks: [
        { day: 2, start: "09:00", end: "12:00" },
        { day: 2, start: "14:00", end: "18:00" },
      ],
    };
    expect(availabilityUntil(block, "UTC", at("2026-03-10T09:00:00Z"))).toBe("2026-03-10T14:00:00.000Z");
  });
});
