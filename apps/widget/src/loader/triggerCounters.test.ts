import { describe, expect, it } from "vitest";
import { readCounters, scrollPercent, triggerMet } from "./triggerCounters";

const visible = (c: ReturnType<typeof readCounters>, seconds: number) => {
  for (let i = 0; i < seconds; i++) {
    c.s++;
    c.p++;
  }
  return c;
};

describe("trigger counters", () => {
  it("seconds on page continue after a reload and start again on another page", () => {
    const first = visible(readCounters(undefined, "/pricing"), 7);
    const stored = JSON.parse(JSON.stringify(first));
    const reloaded = readCounters(stored, "/pricing");
    expect(reloaded.p).toBe(7);
    expect(triggerMet({ kind: "seconds_on_page", seconds: 10 }, visible(reloaded, 3), "d1")).toBe(true);

    const elsewhere = readCounters(stored, "/blog");
    expect(elsewhere.p).toBe(0);
    expect(elsewhere.s).toBe(7);
  });

  it("seconds on site add up across pages", () => {
    let c = visible(readCounters(undefined, "/a"), 20);
    c = visible(readCounters(c, "/b"), 10);
    expect(triggerMet({ kind: "seconds_on_site", seconds: 30 }, c, "d1")).toBe(true);
    expect(triggerMet({ kind: "seconds_on_site", seconds: 31 }, c, "d1")).toBe(false);
  });

  it("scroll depth is a share of the scrollable distance; a page that cannot scroll is read", () => {
    expect(scrollPercent(0, 3000, 1000)).toBe(0);
    expect(scrollPercent(1000, 3000, 1000)).toBe(50);
    expect(scrollPercent(5000, 3000, 1000)).toBe(100);
    expect(scrollPercent(0, 800, 1000)).toBe(100);
    const c = readCounters(undefined, "/a");
    c.y = 60;
    expect(triggerMet({ kind: "scroll", percent: 50 }, c, "d1")).toBe(true);
    expect(triggerMet({ kind: "scroll", percent: 75 }, c, "d1")).toBe(false);
  });

  it("a trigger met before fires at once, on any page and after any reload", () => {
    const c = readCounters({ s: 0, p: 0, y: 0, m: { d1: 1 }, q: "/x" }, "/elsewhere");
    expect(triggerMet({ kind: "exit_intent" }, c, "d1")).toBe(true);
    expect(triggerMet({ kind: "seconds_on_site", seconds: 999 }, c, "d1")).toBe(true);
    expect(triggerMet({ kind: "exit_intent" }, c, "d2")).toBe(false);
    expect(triggerMet({ kind: "immediately" }, c, "d2")).toBe(true);
  });
});
