import type { TimelineEntry } from "@parley/protocol/directory";
import { describe, expect, it } from "vitest";
import { activityText } from "./activityText";

const entry = (type: string, data: Record<string, unknown> = {}): TimelineEntry => ({
  id: "a1",
  type,
  dialogueId: "d1",
  dialogueName: "Pricing help",
  dialogueVersion: 3,
  pageUrl: null,
  data,
  at: "2026-04-06T09:00:00.000Z",
});

describe("activityText", () => {
  it("says which agent the visitor chatted with", () => {
    expect(activityText(entry("agent_engaged", { agentId: "u1", agentName: "Ann Lee" }))).toBe(
      "Chatted with Ann Lee in Pricing help (v3)",
    );
    expect(activityText(entry("agent_engaged"))).toBe("Chatted with an agent in Pricing help (v3)");
  });

  it("says how a live chat ended and with whom", () => {
    const left = (reason?: string) => activityText(entry("agent_left", { agentName: "Ann Lee", reason }));
    expect(left("visitor")).toBe("Ended the live chat with Ann Lee in Pricing help (v3)");
    expect(left("agent")).toBe("Live chat ended by Ann Lee in Pricing help (v3)");
    expect(left("inactivity")).toBe("Live chat with Ann Lee ended after inactivity in Pricing help (v3)");
    expect(left()).toBe("Live chat with Ann Lee ended in Pricing help (v3)");
    expect(activityText(entry("agent_left", { reason: "agent" }))).toBe(
      "Live chat ended by the agent in Pricing help (v3)",
    );
  });

  it("keeps the other activities' words", () => {
    expect(activityText(entry("goal_reached", { goal: "Demo" }))).toBe(
      "Reached a goal in Pricing help (v3): Demo",
    );
    expect(activityText({ ...entry("completed"), dialogueName: null })).toBe("Completed a dialogue");
  });
});
