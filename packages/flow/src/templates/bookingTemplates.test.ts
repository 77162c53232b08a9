import { describe, expect, it } from "vitest";
import type { RunInput } from "../runner/runInput";
import { buildRunContext } from "../testing/buildRunContext";
import { playStream } from "../testing/playStream";
import { shownText } from "../testing/shownText";
import { bookADemo } from "./bookADemo";
import { qualifyAndRoute } from "./qualifyAndRoute";
import { STREAM_TEMPLATES } from "./streamTemplates";

const grace = { id: "u1", name: "Grace Hopper", email: "grace@example.com" };
const booked: RunInput = {
  kind: "meetingResult",
  booked: true,
  agent: grace,
  startsAt: "2027-03-01T09:00:00.000Z",
};
const notBooked: RunInput = { kind: "meetingResult", booked: false };

describe("templates that book meetings", () => {
  it("every Meeting card writes the booked host to a person field and branches both ways to real cards", () => {
    const meetings = STREAM_TEMPLATES.flatMap((t) => t.stream.cards.filter((c) => c.type === "meeting"));
    expect(meetings.length).toBeGreaterThanOrEqual(2);
    for (const card of meetings) {
      expect(card.writeAgentTo).toEqual({ field: "person.meetingOwner", value: "email" });
      expect(card.booked).not.toBe(card.notBooked);
    }
  });

  describe("Book a demo", () => {
    const start: RunInput[] = [
      { kind: "answer", value: "yes" },
      { kind: "answer", value: "ada@example.com" },
      { kind: "answer", value: "Acme" },
    ];

    it("after email and company, shows the calendar by round robin", () => {
      const offer = playStream(bookADemo, start).at(-1)!;
      expect(shownText(offer.outputs)).toEqual([
        "meeting: Pick a time that suits you. Times are shown in your time zone.",
      ]);
      expect(offer.effects.at(-1)).toEqual({
        type: "offerMeetingSlots",
        cardId: "meeting",
        routing: { strategy: "round_robin" },
        reason: "card",
      });
    });

    it("booked: the rep becomes the lead's owner, the goal is met and the visitor is thanked", () => {
      const result = playStream(bookADemo, [...start, booked]).at(-1)!;
      expect(result.effects).toEqual([
        {
          type: "saveField",
          cardId: "meeting",
          field: "person.meetingOwner",
          value: grace.email,
          overwrite: true,
        },
        { type: "markGoal", cardId: "booked-goal", goal: "Meeting booked" },
        { type: "setScore", cardId: "booked-goal", score: 3 },
      ]);
      expect(shownText(result.outputs)).toEqual([
        "message: You're all set with Grace Hopper! The invitation is on its way to ada@example.com.",
        "completed",
      ]);
    });

    it("no time chosen: a product tour and an email follow-up, no goal", () => {
      const result = playStream(bookADemo, [...start, notBooked]).at(-1)!;
      expect(result.effects.map((e) => e.type)).toEqual(["recordContentOffer"]);
      expect(shownText(result.outputs)).toEqual([
        "content: No problem. Here is a short product tour in the meantime: [Product tour](https://example.com/tour)",
        "message: We'll email you at ada@example.com to find a time that works.",
        "completed",
      ]);
    });

    it("a known visitor goes straight to the calendar", () => {
      const context = buildRunContext({ person: { email: "ada@example.com" }, company: { name: "Acme" } });
      const results = playStream(bookADemo, [{ kind: "answer", value: "yes" }], context);
      expect(results[1]?.outputs.map((o) => o.type)).toEqual(["meeting"]);
      expect(results[1]?.visited).toEqual(["email", "company", "meeting"]);
    });
  });

  describe("Qualify and route to sales", () => {
    const midSize: RunInput[] = [
      { kind: "answer", value: "mid" },
      { kind: "answer", value: "cto@midcorp.com" },
    ];

    it("sales offline: a call with the account owner (else the next rep), then thanks when booked", () => {
      const results = playStream(qualifyAndRoute, [...midSize, booked]);
      expect(shownText(results[2]!.outputs)).toEqual([
        "meeting: Our team is offline. Book a call at a time that suits you:",
      ]);
      expect(results[2]!.effects.at(-1)).toMatchObject({
        type: "offerMeetingSlots",
        routing: { strategy: "account_owner", fallbackToRoundRobin: true },
      });
      expect(results[3]!.effects).toContainEqual({
        type: "markGoal",
        cardId: "meeting-goal",
        goal: "Meeting booked",
      });
      expect(shownText(results[3]!.outputs)).toEqual([
        "message: Booked! Grace Hopper will call you then. The invitation is on its way to your inbox.",
        "completed",
      ]);
    });

    it("sales offline and no time chosen: the buyer's guide", () => {
      const result = playStream(qualifyAndRoute, [...midSize, notBooked]).at(-1)!;
      expect(result.visited).toEqual(["guide", "guide-bye"]);
      expect(result.state.status).toBe("completed");
    });

    it("sales online but nobody takes the chat: a call is offered with the chat's routing", () => {
      const context = buildRunContext({ availability: { agentIds: ["u1"], teamIds: [] } });
      const results = playStream(
        qualifyAndRoute,
        [...midSize, { kind: "liveChatResult", outcome: "unavailable" }],
        context,
      );
      expect(shownText(results[3]!.outputs)).toEqual([
        "liveChatUnavailable: Our team is busy right now. Pick a time below and we'll call you.",
        "meeting",
      ]);
      expect(results[3]!.effects).toEqual([
        {
          type: "offerMeetingSlots",
          cardId: "sales-chat",
          routing: { strategy: "round_robin" },
          reason: "liveChatFallback",
        },
      ]);
    });
  });
});
