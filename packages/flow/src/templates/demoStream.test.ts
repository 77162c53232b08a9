import { describe, expect, it } from "vitest";
import type { RunInput } from "../runner/runInput";
import { buildRunContext } from "../testing/buildRunContext";
import { playStream } from "../testing/playStream";
import { shownText } from "../testing/shownText";
import { demoStream } from "./demoStream";

const grace = { id: "u1", name: "Grace Hopper", email: "grace@example.com" };
const roundRobin = { strategy: "round_robin" };
const play = (inputs: RunInput[]) => playStream(demoStream, inputs);

describe("the demo site's sample dialogue", () => {
  it("greets and asks what brings the visitor, with three answers", () => {
    const [start] = play([]);
    expect(start?.outputs).toMatchObject([
      {
        type: "question",
        buttons: [
          { label: "See a demo", value: "demo" },
          { label: "Talk to someone now", value: "talk" },
          { label: "Just looking", value: "looking" },
        ],
      },
    ]);
    expect(shownText(start?.outputs ?? [])).toEqual(["question: Hi there 👋 What brings you here today?"]);
  });

  it("See a demo: offers slots by round robin; booked writes the host, marks the goal and confirms", () => {
    const results = play([
      { kind: "answer", value: "demo" },
      { kind: "meetingResult", booked: true, agent: grace, startsAt: "2027-03-01T09:00:00.000Z" },
    ]);
    const offer = results[1]!;
    expect(shownText(offer.outputs)).toEqual([
      "meeting: Pick a time for a demo with our team. Times are shown in your time zone.",
    ]);
    expect(offer.effects).toContainEqual({
      type: "offerMeetingSlots",
      cardId: "meeting",
      routing: roundRobin,
      reason: "card",
    });
    expect(offer.state.waiting).toMatchObject({ cardId: "meeting", accepts: ["meetingResult"] });

    const booked = results[2]!;
    expect(booked.effects).toEqual([
      {
        type: "saveField",
        cardId: "meeting",
        field: "person.meetingOwner",
        value: grace.email,
        overwrite: true,
      },
      { type: "markGoal", cardId: "meeting-goal", goal: "Meeting booked" },
      { type: "setScore", cardId: "meeting-goal", score: 3 },
    ]);
    expect(shownText(booked.outputs)).toEqual([
      "message: You're all set with Grace Hopper! The invitation is on its way to your inbox.",
      "completed",
    ]);
  });

  it("See a demo, no time chosen: asks for an email to follow up, then thanks", () => {
    const results = play([
      { kind: "answer", value: "demo" },
      { kind: "meetingResult", booked: false },
      { kind: "answer", value: "ada@example.com" },
    ]);
    expect(shownText(results[2]!.outputs)).toEqual([
      "capture: No problem. Leave your email and we'll find a time with you:",
    ]);
    expect(shownText(results[3]!.outputs)).toEqual([
      "message: Thank you! We'll be in touch at ada@example.com.",
      "completed",
    ]);
    expect(results[3]!.state.path).toEqual(["qualify", "meeting", "follow-up", "goal", "thanks"]);
  });

  it("Talk to someone now: hands over to live chat; with nobody online it offers a meeting instead", () => {
    const results = play([
      { kind: "answer", value: "talk" },
      { kind: "liveChatResult", outcome: "unavailable" },
      { kind: "meetingResult", booked: true, agent: grace },
    ]);
    expect(shownText(results[1]!.outputs)).toEqual(["liveChat: Let me find someone from our team for you…"]);
    expect(results[1]!.effects).toContainEqual({
      type: "routeLiveChat",
      cardId: "live-chat",
      routing: roundRobin,
    });

    const fallback = results[2]!;
    expect(shownText(fallback.outputs)).toEqual([
      "liveChatUnavailable: Nobody is online right now. Pick a time below and we'll talk then.",
      "meeting",
    ]);
    expect(fallback.effects).toEqual([
      { type: "offerMeetingSlots", cardId: "live-chat", routing: roundRobin, reason: "liveChatFallback" },
    ]);
    expect(results[3]!.state).toMatchObject({ status: "completed", agent: grace });
  });

  it("Talk to someone now, an agent answers: the bot's part ends with the agent", () => {
    const results = play([
      { kind: "answer", value: "talk" },
      { kind: "liveChatResult", outcome: "connected", agent: { name: "Grace" } },
    ]);
    expect(results[2]!.state).toMatchObject({ status: "completed", agent: { name: "Grace" } });
    expect(results[2]!.outputs.map((o) => o.type)).not.toContain("meeting");
  });

  it("Just looking: captures the email, marks the goal and thanks, saving the interest", () => {
    const results = play([
      { kind: "answer", value: "looking" },
      { kind: "answer", value: "ada@example.com" },
    ]);
    expect(results[1]!.effects).toEqual([
      { type: "saveField", cardId: "qualify", field: "person.interest", value: "looking", overwrite: true },
    ]);
    expect(shownText(results[1]!.outputs)).toEqual([
      "capture: Great! What's your email, so we can send you more?",
    ]);
    expect(results[2]!.effects.map((e) => e.type)).toEqual([
      "identifyByEmail",
      "saveField",
      "markGoal",
      "setScore",
    ]);
    expect(results[2]!.effects).toContainEqual({ type: "markGoal", cardId: "goal", goal: "Email captured" });
    expect(shownText(results[2]!.outputs)).toEqual([
      "message: Thank you! We'll be in touch at ada@example.com.",
      "completed",
    ]);
  });

  it("a visitor whose email is known and who does not book goes straight to the thank-you", () => {
    const context = buildRunContext({ person: { email: "ada@example.com" } });
    const results = playStream(
      demoStream,
      [
        { kind: "answer", value: "demo" },
        { kind: "meetingResult", booked: false },
      ],
      context,
    );
    expect(results[2]!.visited).toEqual(["follow-up", "goal", "thanks"]);
    expect(results[2]!.state.status).toBe("completed");
  });
});
