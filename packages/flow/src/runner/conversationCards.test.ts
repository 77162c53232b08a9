import { describe, expect, it } from "vitest";
import type { Card } from "../card";
import type { CaptureCard } from "../cards/capture";
import { buildRunContext } from "../testing/buildRunContext";
import { buildStream } from "../testing/buildStream";
import { playStream } from "../testing/playStream";
import type { RunInput } from "./runInput";
import { runStep } from "./runStep";

const end = (id = "end"): Card => ({ id, type: "message", text: "Bye" });
const play = (cards: Card[], inputs: RunInput[] = [], context = buildRunContext()) =>
  playStream(buildStream(cards), inputs, context);
const lastOf = <T>(items: T[]) => items[items.length - 1]!;

describe("message card", () => {
  it("says its text with tokens resolved, shows its image, and goes on", () => {
    const [result] = play(
      [
        {
          id: "m",
          type: "message",
          text: "Hi **{{person.firstName}}**",
          image: { url: "https://x.com/a.png", alt: "A" },
          next: "end",
        },
        end(),
      ],
      [],
      buildRunContext({ person: { firstName: "Ada" } }),
    );
    expect(result?.outputs).toEqual([
      {
        type: "message",
        cardId: "m",
        text: [{ text: "Hi " }, { text: "Ada", bold: true }],
        image: { url: "https://x.com/a.png", alt: "A" },
      },
      { type: "message", cardId: "end", text: [{ text: "Bye" }] },
      { type: "completed" },
    ]);
  });
});

describe("URLs from an unvalidated draft", () => {
  it("never reach the visitor unless they are http(s)", () => {
    const [result] = play([
      { id: "m", type: "message", text: "Look", image: { url: "javascript:alert(1)" }, next: "c" },
      { id: "c", type: "content", title: "Guide", url: "javascript:alert(1)", kind: "page", next: "k" },
      { id: "k", type: "consent", text: "OK?", privacyUrl: "data:text/html,<script>alert(1)</script>" },
    ]);
    expect(result?.outputs).toEqual([
      { type: "message", cardId: "m", text: [{ text: "Look" }] },
      { type: "consent", cardId: "k", text: [{ text: "OK?" }] },
    ]);
    expect(result?.effects).toEqual([]);
  });
});

describe("question card", () => {
  const question: Card = {
    id: "q",
    type: "question",
    text: "Which service?",
    answers: [
      { id: "seo", label: "Search Engine Optimization", value: "SEO", next: "seo-card" },
      { id: "ads", label: "Paid ads", value: "ADS" },
    ],
    saveTo: "person.service",
    next: "default",
  };
  const cards = [question, end("seo-card"), end("default")];

  it("shows the buttons with the label shown and the value stored", () => {
    const [result] = play(cards);
    expect(result?.outputs).toEqual([
      {
        type: "question",
        cardId: "q",
        text: [{ text: "Which service?" }],
        buttons: [
          { id: "seo", label: "Search Engine Optimization", value: "SEO" },
          { id: "ads", label: "Paid ads", value: "ADS" },
        ],
        allowFreeText: false,
      },
    ]);
  });

  it("saves the stored value and follows the answer's own branch", () => {
    const result = lastOf(play(cards, [{ kind: "answer", value: "SEO" }]));
    expect(result.effects).toEqual([
      { type: "saveField", cardId: "q", field: "person.service", value: "SEO", overwrite: true },
    ]);
    expect(result.visited).toEqual(["seo-card"]);
  });

  it("follows the default next for an answer without its own branch", () => {
    expect(lastOf(play(cards, [{ kind: "answer", value: "ADS" }])).visited).toEqual(["default"]);
  });

  it("takes a typed label as that button", () => {
    const result = lastOf(play(cards, [{ kind: "answer", value: " paid ADS " }]));
    expect(result.effects[0]).toMatchObject({ value: "ADS" });
    expect(result.visited).toEqual(["default"]);
  });

  it("refuses free text unless allowed, and keeps waiting", () => {
    const [first, refused] = play(cards, [{ kind: "answer", value: "Something else" }]);
    expect(refused?.outputs).toEqual([{ type: "invalid", cardId: "q", code: "invalid_choice" }]);
    expect(refused?.state).toBe(first?.state);
    expect(lastOf(play(cards, [{ kind: "answer", value: "   " }])).outputs).toEqual([
      { type: "invalid", cardId: "q", code: "required" },
    ]);
  });

  it("accepts free text when allowed, saves it and follows the default next", () => {
    const result = lastOf(
      play(
        [{ ...question, allowFreeText: true }, end("seo-card"), end("default")],
        [{ kind: "answer", value: "Email marketing" }],
      ),
    );
    expect(result.effects).toEqual([
      { type: "saveField", cardId: "q", field: "person.service", value: "Email marketing", overwrite: true },
    ]);
    expect(result.visited).toEqual(["default"]);
  });
});

describe("information capture card", () => {
  const capture = (extra: Partial<CaptureCard>): Card[] => [
    {
      id: "c",
      type: "capture",
      text: "Your value?",
      kind: "text",
      field: "person.value",
      next: "end",
      ...extra,
    },
    end(),
  ];

  it("asks with its kind, options and placeholder", () => {
    const [result] = play(capture({ kind: "picklist", options: ["Red", "Blue"], placeholder: "Pick one" }));
    expect(result?.outputs).toEqual([
      {
        type: "capture",
        cardId: "c",
        text: [{ text: "Your value?" }],
        kind: "picklist",
        options: ["Red", "Blue"],
        placeholder: "Pick one",
      },
    ]);
    expect(result?.state.waiting).toEqual({ cardId: "c", accepts: ["answer"], from: "visitor" });
  });

  it("an email answer identifies the visitor and is saved lower-cased", () => {
    const result = lastOf(
      play(capture({ kind: "email", field: "person.email" }), [
        { kind: "answer", value: " Ada@Example.COM " },
      ]),
    );
    expect(result.effects).toEqual([
      { type: "identifyByEmail", cardId: "c", email: "ada@example.com" },
      { type: "saveField", cardId: "c", field: "person.email", value: "ada@example.com", overwrite: false },
    ]);
    expect(result.state.status).toBe("completed");
  });

  it.each([
    ["email", "not-an-email", "invalid_email"],
    ["phone", "call me", "invalid_phone"],
    ["number", "twelve", "invalid_number"],
    ["picklist", "Green", "invalid_option"],
    ["text", "", "required"],
  ] as const)("a %s capture refuses %j with %s and keeps waiting", (kind, value, code) => {
    const [first, refused] = play(capture({ kind, options: ["Red", "Blue"] }), [{ kind: "answer", value }]);
    expect(refused?.outputs).toEqual([{ type: "invalid", cardId: "c", code }]);
    expect(refused?.effects).toEqual([]);
    expect(refused?.state).toBe(first?.state);
  });

  it("recovers after an invalid answer", () => {
    const results = play(capture({ kind: "phone" }), [
      { kind: "answer", value: "abc" },
      { kind: "answer", value: "+33 1 23 45 67 89" },
    ]);
    expect(lastOf(results).effects).toEqual([
      { type: "saveField", cardId: "c", field: "person.value", value: "+33 1 23 45 67 89", overwrite: false },
    ]);
  });

  it("saves numbers as numbers and checks min and max", () => {
    const cards = capture({ kind: "number", validation: { min: 1, max: 10 } });
    expect(lastOf(play(cards, [{ kind: "answer", value: "7,5" }])).effects[0]).toMatchObject({ value: 7.5 });
    expect(lastOf(play(cards, [{ kind: "answer", value: "0" }])).outputs[0]).toMatchObject({
      code: "number_too_small",
    });
    expect(lastOf(play(cards, [{ kind: "answer", value: "11" }])).outputs[0]).toMatchObject({
      code: "number_too_large",
    });
  });

  it("skips the card when the value is already known and skipIfKnown is set", () => {
    const known = buildRunContext({ person: { value: "already" } });
    const [skipped] = play(capture({ skipIfKnown: true }), [], known);
    expect(skipped?.outputs.map((o) => o.type)).toEqual(["message", "completed"]);
    expect(skipped?.visited).toEqual(["c", "end"]);
    const [asked] = play(capture({ skipIfKnown: true }), [], buildRunContext({ person: { value: "" } }));
    expect(asked?.outputs.map((o) => o.type)).toEqual(["capture"]);
  });

  it("keeps a known value unless overwriteExisting is set", () => {
    const known = buildRunContext({ person: { value: "old" } });
    expect(lastOf(play(capture({}), [{ kind: "answer", value: "new" }], known)).effects).toEqual([]);
    expect(
      lastOf(play(capture({ overwriteExisting: true }), [{ kind: "answer", value: "new" }], known)).effects,
    ).toEqual([{ type: "saveField", cardId: "c", field: "person.value", value: "new", overwrite: true }]);
  });

  it("makes the captured value available to the next cards of the same step", () => {
    const result = lastOf(
      play(
        [
          { id: "c", type: "capture", text: "Name?", kind: "text", field: "person.firstName", next: "m" },
          { id: "m", type: "message", text: "Nice to meet you, {{person.firstName}}" },
        ],
        [{ kind: "answer", value: "Ada" }],
      ),
    );
    expect(result.outputs[0]).toEqual({
      type: "message",
      cardId: "m",
      text: [{ text: "Nice to meet you, Ada" }],
    });
  });
});

describe("consent card", () => {
  const cards: Card[] = [
    {
      id: "k",
      type: "consent",
      text: "I agree to **marketing** emails, {{person.firstName}}.",
      privacyUrl: "https://example.com/privacy",
      acceptLabel: "Yes",
      accepted: "yes",
      declined: "no",
    },
    end("yes"),
    end("no"),
  ];
  const context = buildRunContext({ person: { firstName: "Ada" }, now: "2025-02-03T04:05:06.000Z" });

  it("asks with the privacy link and labels", () => {
    expect(play(cards, [], context)[0]?.outputs).toEqual([
      {
        type: "consent",
        cardId: "k",
        text: [{ text: "I agree to " }, { text: "marketing", bold: true }, { text: " emails, Ada." }],
        privacyUrl: "https://example.com/privacy",
        acceptLabel: "Yes",
      },
    ]);
  });

  it.each([
    [true, "yes"],
    [false, "no"],
  ])("records accepted=%s with the time and text shown, then branches", (accepted, branch) => {
    const result = lastOf(play(cards, [{ kind: "consent", accepted }], context));
    expect(result.effects).toEqual([
      {
        type: "recordConsent",
        cardId: "k",
        accepted,
        text: "I agree to marketing emails, Ada.",
        privacyUrl: "https://example.com/privacy",
        at: "2025-02-03T04:05:06.000Z",
      },
    ]);
    expect(result.visited).toEqual([branch]);
  });

  it("refuses a typed answer instead of a consent choice", () => {
    expect(lastOf(play(cards, [{ kind: "answer", value: "yes" }], context)).outputs).toEqual([
      { type: "error", code: "unexpected_input" },
    ]);
  });
});

describe("content card", () => {
  it("offers the content, records the offer and goes on", () => {
    const [result] = play([
      {
        id: "g",
        type: "content",
        text: "Here you go:",
        title: "Guide",
        url: "https://x.com/g.pdf",
        kind: "pdf",
        next: "end",
      },
      end(),
    ]);
    expect(result?.outputs[0]).toEqual({
      type: "content",
      cardId: "g",
      text: [{ text: "Here you go:" }],
      title: "Guide",
      url: "https://x.com/g.pdf",
      kind: "pdf",
    });
    expect(result?.effects).toEqual([
      { type: "recordContentOffer", cardId: "g", title: "Guide", url: "https://x.com/g.pdf", kind: "pdf" },
    ]);
    expect(result?.state.status).toBe("completed");
  });
});

describe("answer card", () => {
  const cards: Card[] = [
    {
      id: "a",
      type: "answer",
      text: "Ask me anything",
      followUpText: "Anything else?",
      maxQuestions: 2,
      fallbackMessage: "Sorry, no idea.",
      matched: "ok",
      noMatch: "human",
    },
    end("ok"),
    end("human"),
  ];
  const found = (answer: string): RunInput => ({
    kind: "answersFound",
    matches: [{ question: "q", answer }],
  });

  it("asks, has the server search, says the answer and asks again", () => {
    const [first, asked, answered] = play(cards, [
      { kind: "answer", value: "How much?" },
      found("It is **free**."),
    ]);
    expect(first?.outputs).toEqual([
      { type: "answerPrompt", cardId: "a", text: [{ text: "Ask me anything" }], canFinish: false },
    ]);
    expect(asked?.effects).toEqual([{ type: "searchAnswers", cardId: "a", query: "How much?" }]);
    expect(asked?.outputs).toEqual([]);
    expect(asked?.state.waiting).toEqual({
      cardId: "a",
      accepts: ["answersFound"],
      from: "server",
      asked: 0,
    });
    expect(answered?.outputs).toEqual([
      {
        type: "message",
        cardId: "a",
        text: [{ text: "It is " }, { text: "free", bold: true }, { text: "." }],
      },
      { type: "answerPrompt", cardId: "a", text: [{ text: "Anything else?" }], canFinish: true },
    ]);
    expect(answered?.state.waiting).toEqual({
      cardId: "a",
      accepts: ["answer", "done"],
      from: "visitor",
      asked: 1,
    });
  });

  it("goes to matched after maxQuestions answered questions", () => {
    const result = lastOf(
      play(cards, [
        { kind: "answer", value: "1?" },
        found("One"),
        { kind: "answer", value: "2?" },
        found("Two"),
      ]),
    );
    expect(result.outputs.map((o) => o.type)).toEqual(["message", "message", "completed"]);
    expect(result.visited).toEqual(["ok"]);
  });

  it("goes to matched when the visitor is done", () => {
    expect(
      lastOf(play(cards, [{ kind: "answer", value: "1?" }, found("One"), { kind: "done" }])).visited,
    ).toEqual(["ok"]);
  });

  it("does not let the visitor skip before asking anything", () => {
    expect(lastOf(play(cards, [{ kind: "done" }])).outputs).toEqual([
      { type: "error", code: "unexpected_input" },
    ]);
  });

  it("says the fallback and goes to noMatch when nothing matched", () => {
    const result = lastOf(
      play(cards, [
        { kind: "answer", value: "Weather?" },
        { kind: "answersFound", matches: [] },
      ]),
    );
    expect(result.outputs[0]).toEqual({ type: "noAnswer", cardId: "a", text: [{ text: "Sorry, no idea." }] });
    expect(result.visited).toEqual(["human"]);
  });

  it("refuses an empty question", () => {
    expect(lastOf(play(cards, [{ kind: "answer", value: " " }])).outputs).toEqual([
      { type: "invalid", cardId: "a", code: "required" },
    ]);
  });

  it("leaves the fallback text to the widget when the card has none", () => {
    const stream = buildStream([{ id: "a", type: "answer", text: "Ask" }]);
    const [first] = playStream(stream, []);
    const asked = runStep(stream, first!.state, { kind: "answer", value: "?" }, buildRunContext());
    const result = runStep(stream, asked.state, { kind: "answersFound", matches: [] }, buildRunContext());
    expect(result.outputs).toEqual([{ type: "noAnswer", cardId: "a", text: null }, { type: "completed" }]);
  });
});
