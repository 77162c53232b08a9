import { bookADemo } from "@parley/flow/templates/bookADemo";
import { contactSupport } from "@parley/flow/templates/contactSupport";
import { newsletterSignup } from "@parley/flow/templates/newsletterSignup";
import { safeTextToPlain } from "@parley/flow/text/safeText";
import type { Stream } from "@parley/flow/stream";
import { describe, expect, it } from "vitest";
import { describeEvent } from "./describeEvent";
import { defaultTestAttributes, hostOptions, SAMPLE_AGENT_INFO, type TestAttributes } from "./testAttributes";
import {
  canvasHighlight,
  playTestChat,
  type TestChatRun,
  type TestReply,
  type TranscriptEntry,
} from "./testChatRun";

const NOW = new Date("2025-01-15T10:00:00.000Z");
const LIBRARY = {
  answers: [
    {
      id: "a1",
      question: "How much does it cost?",
      answer: "Plans start at **$20** a month.",
      keywords: ["price", "pricing"],
    },
  ],
  segments: {},
};

function attributes(patch: Partial<TestAttributes> = {}): TestAttributes {
  return { ...defaultTestAttributes(NOW, "Europe/Paris"), ...patch };
}
const play = (stream: Stream, replies: TestReply[], patch: Partial<TestAttributes> = {}) =>
  playTestChat(hostOptions(stream, attributes(patch), LIBRARY, NOW).options, replies);

/** The transcript as lines a reader checks: `bot type: text`, `you: text`, `agent: text`. */
const lines = (run: TestChatRun) =>
  run.transcript.map((entry: TranscriptEntry) => {
    if (entry.from !== "bot") return `${entry.from === "visitor" ? "you" : "agent"}: ${entry.text}`;
    const output = entry.output;
    const text = "text" in output && output.text ? safeTextToPlain(output.text) : "";
    return `bot ${output.type}${text ? `: ${text}` : ""}`;
  });
const answer = (value: string): TestReply => ({ input: { kind: "answer", value } });
const effects = (run: TestChatRun) => run.log.map(describeEvent);

describe("a test conversation of the draft", () => {
  it("book a demo, unknown visitor: buttons show their labels, the email is saved, the booking reaches the goal", async () => {
    const booked: TestReply = {
      input: {
        kind: "meetingResult",
        booked: true,
        agent: SAMPLE_AGENT_INFO,
        startsAt: "2025-01-16T11:00:00.000Z",
      },
      shown: "Booked Thu, Jan 16, 12:00 PM with Alex",
    };
    const run = await play(bookADemo, [answer("yes"), answer("Ada@Example.com"), answer("Acme"), booked]);
    expect(lines(run)).toEqual([
      "bot message: Hi there 👋 Want to see how we can help your team?",
      "bot question: Would you like a 30-minute demo with one of our experts?",
      "you: Yes, book a demo",
      "bot capture: Great! What is your work email?",
      "you: Ada@Example.com",
      "bot capture: And which company are you with?",
      "you: Acme",
      "bot meeting: Pick a time that suits you. Times are shown in your time zone.",
      "you: Booked Thu, Jan 16, 12:00 PM with Alex",
      "bot message: You're all set with Alex! The invitation is on its way to ada@example.com.",
    ]);
    expect(effects(run)).toEqual([
      "Visitor identified as ada@example.com",
      'Saved person.email = "ada@example.com"',
      'Saved company.name = "Acme"',
      "Meeting slots offered",
      'Saved person.meetingOwner = "alex@example.com"',
      "Goal reached: Meeting booked",
      "Score set to 3",
    ]);
    expect(run.ended).toBe(true);
    expect(run.prompt).toBeNull();
    expect(canvasHighlight(run)).toEqual({
      current: null,
      path: ["welcome", "offer", "email", "company", "meeting", "booked-goal", "thanks"],
    });
  });

  it("a known visitor is greeted by name and skips what is known; the canvas sees where the test waits", async () => {
    const run = await play(bookADemo, [answer("yes")], {
      known: true,
      companyKnown: true,
    });
    expect(lines(run)).toEqual([
      "bot message: Hi Ada 👋 Want to see how we can help your team?",
      "bot question: Would you like a 30-minute demo with one of our experts?",
      "you: Yes, book a demo",
      "bot meeting: Pick a time that suits you. Times are shown in your time zone.",
    ]);
    expect(run.prompt?.output.type).toBe("meeting");
    expect(run.prompt?.waiting.accepts).toEqual(["meetingResult"]);
    expect(canvasHighlight(run)).toEqual({
      current: "meeting",
      path: ["welcome", "offer", "email", "company", "meeting"],
    });
  });

  it("declining the meeting offers the content, then follows up", async () => {
    const declined: TestReply = { input: { kind: "meetingResult", booked: false }, shown: "No, thanks" };
    const run = await play(bookADemo, [answer("yes"), declined], { known: true, companyKnown: true });
    expect(lines(run).slice(-3)).toEqual([
      "you: No, thanks",
      "bot content: No problem. Here is a short product tour in the meantime:",
      "bot message: We'll email you at ada@example.com to find a time that works.",
    ]);
    expect(effects(run)).toContain("Content offered: Product tour");
  });

  it("answers found in the library, then live chat with the sample agent when someone is available", async () => {
    const done: TestReply = { input: { kind: "done" } };
    const asked = [answer("what's the pricing?"), done, answer("no")];
    const run = await play(contactSupport, asked, { agents: "available" });
    expect(lines(run)).toEqual([
      "bot message: Hi! I'm here to help.",
      "bot answerPrompt: What do you need help with?",
      "you: what's the pricing?",
      "bot message: Plans start at $20 a month.",
      "bot answerPrompt: Anything else I can help with?",
      "you: No more questions",
      "bot question: Did that answer your question?",
      "you: No, I need a person",
      "bot capture: What's your email, in case we get disconnected?",
    ]);
    const chat = await play(contactSupport, [...asked, answer("ada@example.com")]);
    expect(lines(chat).slice(-3)).toEqual([
      "you: ada@example.com",
      "bot liveChat: Connecting you with our support team…",
      "agent: Alex (sample agent) joined the chat",
    ]);
    expect(effects(chat)).toContain("Live chat connected to Alex");
    expect(chat.ended).toBe(true);
  });

  it("nothing found and nobody available: the fallback texts and the offline path", async () => {
    const run = await play(contactSupport, [answer("do you ship to Mars?")], {
      agents: "none",
      useAnswers: false,
    });
    expect(lines(run).slice(-2)).toEqual([
      "bot noAnswer: I couldn't find an answer to that.",
      "bot capture: What's your email, in case we get disconnected?",
    ]);
    const offline = await play(contactSupport, [answer("do you ship to Mars?"), answer("ada@example.com")], {
      agents: "none",
      useAnswers: false,
    });
    expect(lines(offline).slice(-1)).toEqual([
      "bot capture: Our team is offline. Describe your issue and we'll reply by email:",
    ]);
    expect(effects(offline)[0]).toBe('Answer library searched for "do you ship to Mars?": nothing found');
  });

  it("consent: the card's own labels, and the answer recorded with the goal", async () => {
    const run = await play(newsletterSignup, [
      answer("ada@example.com"),
      { input: { kind: "consent", accepted: true } },
    ]);
    expect(lines(run).slice(3)).toEqual([
      "bot consent: I agree to receive the monthly newsletter by email.",
      "you: Subscribe",
      "bot message: You're in! Watch your inbox, friend.",
    ]);
    expect(effects(run)).toEqual([
      "Visitor identified as ada@example.com",
      'Saved person.email = "ada@example.com"',
      "Consent recorded: accepted",
      'Saved person.newsletter = "subscribed"',
      "Goal reached: Newsletter signup",
      "Score set to 1",
    ]);
  });

  it("a refused answer shows why and the same prompt stands", async () => {
    const run = await play(bookADemo, [answer("maybe")]);
    expect(lines(run).slice(-2)).toEqual(["you: maybe", "bot invalid"]);
    expect(run.prompt?.output.cardId).toBe("offer");
  });

  it("jump to a card: the test starts there, the runner's rules unchanged", async () => {
    const run = await play(newsletterSignup, [], { startCardId: "consent" });
    expect(lines(run)).toEqual(["bot consent: I agree to receive the monthly newsletter by email."]);
    expect(canvasHighlight(run)).toEqual({ current: "consent", path: ["consent"] });
  });
});
