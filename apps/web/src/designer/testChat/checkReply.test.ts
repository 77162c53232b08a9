import type { RunOutput } from "@parley/flow/runner/runOutput";
import { bookADemo } from "@parley/flow/templates/bookADemo";
import type { Stream } from "@parley/flow/stream";
import { describe, expect, it } from "vitest";
import { checkReply } from "./checkReply";
import type { OpenPrompt } from "./testChatRun";

const capture = (cardId: string, kind: "email" | "number" | "text"): OpenPrompt["output"] => ({
  type: "capture",
  cardId,
  text: [],
  kind,
});
const question: RunOutput & { type: "question" } = {
  type: "question",
  cardId: "offer",
  text: [],
  buttons: [],
  allowFreeText: true,
};

describe("a typed reply is checked before it is sent, with the runner's rules", () => {
  it("an email capture refuses what is not an email, accepts one with spaces around", () => {
    expect(checkReply(capture("email", "email"), bookADemo, "ada@")).toBe("invalid_email");
    expect(checkReply(capture("email", "email"), bookADemo, "  ada@example.com ")).toBeNull();
    expect(checkReply(capture("email", "email"), bookADemo, "  ")).toBe("required");
  });

  it("the capture card's own limits apply when it is in the draft", () => {
    const stream: Stream = {
      ...bookADemo,
      cards: [
        { id: "age", type: "capture", text: "Age?", kind: "number", validation: { min: 18, max: 120 } },
      ],
    };
    expect(checkReply(capture("age", "number"), stream, "12")).toBe("number_too_small");
    expect(checkReply(capture("age", "number"), stream, "40")).toBeNull();
    expect(checkReply(capture("elsewhere", "number"), stream, "12")).toBeNull();
    expect(checkReply(capture("elsewhere", "number"), stream, "twelve")).toBe("invalid_number");
  });

  it("free text: required and at most 1000 characters", () => {
    expect(checkReply(question, bookADemo, "")).toBe("required");
    expect(checkReply(question, bookADemo, "x".repeat(1001))).toBe("too_long");
    expect(checkReply(question, bookADemo, "something else")).toBeNull();
  });
});
