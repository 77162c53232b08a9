import { expect, test } from "vitest";
import { formatInZone, timeZoneOptions } from "./timeZones";

test("an instant is shown in the agent's zone, whatever the machine's", () => {
  // 2026-03-03 is a Tuesday; 17:00 UTC is 18:00 in Amsterdam and 12:00 in New York (winter time).
  expect(formatInZone("2026-03-03T17:00:00.000Z", "Europe/Amsterdam")).toBe("Tue 18:00");
  expect(formatInZone("2026-03-03T17:00:00.000Z", "America/New_York")).toBe("Tue 12:00");
});

test("the zones are sorted IANA names and keep the saved one", () => {
  const options = timeZoneOptions("Mars/Olympus");
  expect(options.map((o) => o.value)).toContain("Europe/Amsterdam");
  expect(options.map((o) => o.value)).toContain("Mars/Olympus");
  expect(options.find((o) => o.value === "America/New_York")?.label).toBe("America/New York");
});
