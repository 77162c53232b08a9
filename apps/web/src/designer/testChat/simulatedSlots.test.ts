import { describe, expect, it } from "vitest";
import { simulatedSlots } from "./simulatedSlots";

describe("sample meeting slots in a test", () => {
  it("offers 10:00 and 14:00 on the visitor's clock on the next two weekdays", () => {
    // Thursday 15:20 in Paris: Friday, then (after the weekend) Monday.
    expect(simulatedSlots("2025-01-16T14:20:00.000Z", "Europe/Paris")).toEqual([
      { startsAt: "2025-01-17T09:00:00.000Z", label: "Fri, Jan 17, 10:00 AM" },
      { startsAt: "2025-01-17T13:00:00.000Z", label: "Fri, Jan 17, 2:00 PM" },
      { startsAt: "2025-01-20T09:00:00.000Z", label: "Mon, Jan 20, 10:00 AM" },
      { startsAt: "2025-01-20T13:00:00.000Z", label: "Mon, Jan 20, 2:00 PM" },
    ]);
  });
  it("reads the day in the visitor's zone, not UTC", () => {
    // Late Friday in New York is already Saturday in UTC; the next weekday there is Monday.
    expect(simulatedSlots("2025-01-18T03:00:00.000Z", "America/New_York")[0]).toEqual({
      startsAt: "2025-01-20T15:00:00.000Z",
      label: "Mon, Jan 20, 10:00 AM",
    });
  });
  it("offers nothing for an unreadable time", () => {
    expect(simulatedSlots("soon", "UTC")).toEqual([]);
  });
});
