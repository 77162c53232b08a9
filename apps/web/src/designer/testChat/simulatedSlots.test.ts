import { describe, expect, it } from "vitest";
import { simulatedSlots } from "./simulatedSlots";

describe("sample meeting slots in a test", () => {
  it("offers the next two days at the next full hour and three hours later, in the visitor's zone", () => {
    expect(simulatedSlots("2025-01-15T10:20:00.000Z", "Europe/Paris")).toEqual([
      { startsAt: "2025-01-16T11:00:00.000Z", label: "Thu, Jan 16, 12:00 PM" },
      { startsAt: "2025-01-16T14:00:00.000Z", label: "Thu, Jan 16, 3:00 PM" },
      { startsAt: "2025-01-17T11:00:00.000Z", label: "Fri, Jan 17, 12:00 PM" },
      { startsAt: "2025-01-17T14:00:00.000Z", label: "Fri, Jan 17, 3:00 PM" },
    ]);
  });
  it("offers nothing for an unreadable time", () => {
    expect(simulatedSlots("soon", "UTC")).toEqual([]);
  });
});
