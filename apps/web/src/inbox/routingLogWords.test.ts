import type { RoutingLogEntry } from "@parley/protocol/liveChat";
import { describe, expect, it } from "vitest";
import { routingLogWords } from "./routingLogWords";

const at = "2026-01-05T10:00:00.000Z";
const entry = (
  kind: RoutingLogEntry["kind"],
  agentName: string | null,
  detail: Record<string, unknown> = {},
): RoutingLogEntry => ({ kind, agentId: agentName ? "a1" : null, agentName, detail, at });

describe("routingLogWords", () => {
  it("tells the story of a routed chat in plain words", () => {
    const log = [
      entry("requested", null),
      entry("considered", "Ada", { stage: "rule", rule: "Enterprise" }),
      entry("skipped", "Ada", { stage: "rule", reason: "outside_schedule" }),
      entry("considered", "Sam", { stage: "round_robin" }),
      entry("offered", "Sam", { attempt: 1 }),
      entry("timed_out", "Sam"),
      entry("offered", "Lin", { attempt: 2 }),
      entry("declined", "Lin"),
      entry("queued", null),
      entry("accepted", "Sam"),
      entry("ended", null, { reason: "inactivity" }),
    ];
    expect(log.map(routingLogWords)).toEqual([
      "The visitor asked for a live chat.",
      "Considered Ada by a routing rule “Enterprise”.",
      "Skipped Ada: outside their schedule.",
      "Considered Sam by round robin.",
      "Offered to Sam (attempt 1).",
      "Sam did not answer in time.",
      "Offered to Lin (attempt 2).",
      "Lin declined.",
      "Nobody accepted yet: the chat waits in the queue.",
      "Sam accepted.",
      "The chat ended: nobody wrote for a while.",
    ]);
  });

  it("says why nobody took it, and keeps unknown reasons readable", () => {
    expect(routingLogWords(entry("fallback", null, { reason: "max_attempts" }))).toBe(
      "Nobody took the chat (every attempt was used): the visitor got the fallback message.",
    );
    expect(routingLogWords(entry("skipped", "Ada", { reason: "on_a_break" }))).toBe(
      "Skipped Ada: on a break.",
    );
    expect(routingLogWords(entry("considered", "Ada", { stage: "account" }))).toBe(
      "Considered Ada as the account's owner.",
    );
  });

  it("names a transfer's target and note", () => {
    expect(routingLogWords(entry("transferred", "Lin", { stage: "transfer", note: "Wants pricing" }))).toBe(
      "Transferred to Lin with the note “Wants pricing”.",
    );
  });
});
