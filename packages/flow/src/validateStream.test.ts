import { describe, expect, it } from "vitest";
import type { Card } from "./card";
import type { Routing } from "./cards/routing";
import type { Stream } from "./stream";
import { buildStream } from "./testing/buildStream";
import { validateStream } from "./validateStream";
import type { Problem } from "./validation/problem";

const msg = (id: string, next?: string, name?: string): Card => ({
  id,
  type: "message",
  text: `Text of ${id}`,
  next,
  ...(name ? { name } : {}),
});
const ask = (id: string, answers: { value: string; next?: string }[], extra: Partial<Card> = {}): Card =>
  ({
    id,
    type: "question",
    text: "Which one?",
    answers: answers.map((a, i) => ({ id: `a${i}`, label: a.value, value: a.value, next: a.next })),
    ...extra,
  }) as Card;

const codes = (problems: Problem[]) => problems.map((p) => p.code);
const only = (doc: unknown) => {
  const problems = validateStream(doc);
  expect(problems).toHaveLength(1);
  return problems[0]!;
};

describe("validateStream", () => {
  it("accepts a valid stream", () => {
    expect(
      validateStream(buildStream([msg("a", "b"), ask("b", [{ value: "x", next: "c" }]), msg("c")])),
    ).toEqual([]);
  });

  it("reports every problem at once, not just the first", () => {
    const doc = buildStream([
      msg("a", "ghost"),
      ask("b", []),
      { id: "g", type: "goal", goal: "" },
      { id: "c", type: "liveChat", routing: { strategy: "team" } },
    ]);
    expect(codes(validateStream(doc)).sort()).toEqual(
      [
        "dangling_edge",
        "goal_without_name",
        "question_without_answers",
        "routing_incomplete",
        "unreachable_card",
        "unreachable_card",
        "unreachable_card",
      ].sort(),
    );
  });

  describe("document and schema", () => {
    it("refuses what is not a stream document", () => {
      expect(only("hello").code).toBe("invalid_document");
      expect(only({ schemaVersion: 1, startCardId: "a" })).toMatchObject({
        code: "invalid_document",
        message: expect.stringContaining("cards"),
      });
      expect(only({ schemaVersion: 7, startCardId: "a", cards: [] }).code).toBe("unsupported_schema_version");
    });

    it("maps schema errors to the card, naming it", () => {
      const doc = {
        schemaVersion: 1,
        startCardId: "a",
        cards: [
          msg("a", "b"),
          {
            id: "b",
            name: "Pick",
            type: "question",
            text: "?",
            answers: [{ id: "x", label: 3, value: "x" }],
          },
        ],
      };
      const problem = only(doc);
      expect(problem).toMatchObject({ cardId: "b", code: "invalid_card" });
      expect(problem.message).toMatch(/^Card "Pick" \(question\): answers\.0\.label: /);
    });

    it("reports unknown card types and unknown keys", () => {
      const doc = {
        schemaVersion: 1,
        startCardId: "a",
        cards: [msg("a", "b"), { id: "b", type: "hologram" }, { ...msg("c"), colour: "red" }],
      };
      const problems = validateStream(doc);
      expect(problems.filter((p) => p.code === "invalid_card").map((p) => p.cardId)).toEqual(["b", "c"]);
      expect(problems.find((p) => p.cardId === "b")?.message).toMatch(/^Card "b": /);
    });

    it("does not call cards behind a broken card unreachable", () => {
      const doc = {
        schemaVersion: 1,
        startCardId: "a",
        cards: [msg("a", "b"), { id: "b", type: "message", text: 5, next: "c" }, msg("c")],
      };
      expect(codes(validateStream(doc))).toEqual(["invalid_card"]);
    });
  });

  describe("graph", () => {
    it("reports duplicate card ids", () => {
      const problems = validateStream(buildStream([msg("a", "b"), msg("b"), msg("b")]));
      expect(problems).toContainEqual({
        cardId: "b",
        code: "duplicate_card_id",
        message: 'Two cards share the id "b": ids must be unique',
      });
    });

    it("reports a missing or unknown start card", () => {
      expect(only(buildStream([msg("a")], "zz"))).toEqual({
        code: "unknown_start_card",
        message: 'The start card "zz" does not exist',
      });
      expect(validateStream({ schemaVersion: 1, startCardId: "", cards: [] })).toEqual([
        { code: "missing_start_card", message: "The stream has no start card" },
      ]);
    });

    it("reports a dangling edge on the card that holds it", () => {
      expect(only(buildStream([ask("q", [{ value: "Yes", next: "nowhere" }])]))).toEqual({
        cardId: "q",
        code: "dangling_edge",
        message: 'Card "q" (question) connects "Yes" to card "nowhere", which does not exist',
      });
    });

    it("reports unreachable cards", () => {
      expect(only(buildStream([msg("a"), msg("orphan", undefined, "Lost")]))).toEqual({
        cardId: "orphan",
        code: "unreachable_card",
        message: 'Card "Lost" (message) cannot be reached from the start card',
      });
    });

    it("requires a live chat card to be the last of its branch", () => {
      const doc = {
        schemaVersion: 1,
        startCardId: "a",
        cards: [
          msg("a", "chat"),
          {
            id: "chat",
            name: "Talk to sales",
            type: "liveChat",
            routing: { strategy: "round_robin" },
            next: "b",
          },
          msg("b"),
        ],
      };
      const problems = validateStream(doc);
      expect(problems).toContainEqual({
        cardId: "chat",
        code: "live_chat_not_last",
        message: 'Card "Talk to sales" (live chat) must be the last card of its branch',
      });
      // The edge is not followed: what it led to is unreachable, and no schema error is added.
      expect(codes(problems)).toEqual(["live_chat_not_last", "unreachable_card"]);
      // An empty edge left behind by the designer is fine.
      const emptied = { ...doc, cards: [msg("a", "chat"), { ...doc.cards[1], next: null }] };
      expect(validateStream(emptied)).toEqual([]);
    });

    it("reports loops that never wait for the visitor", () => {
      const doc = buildStream([
        msg("a", "b", "Hello"),
        { id: "b", name: "Tag", type: "action", field: "person.tag", value: "x", next: "c" },
        { id: "c", name: "Route", type: "branch", branches: [], elseNext: "a" },
      ]);
      expect(only(doc)).toEqual({
        cardId: "a",
        code: "loop_without_input",
        message:
          'Cards "Hello" (message), "Tag" (action), "Route" (branch) form a loop that never waits for the visitor',
      });
      expect(only(buildStream([msg("a", "a")])).message).toBe(
        'Card "a" (message) leads back to itself without waiting for the visitor',
      );
    });

    it("allows loops through a card that waits for the visitor", () => {
      expect(
        validateStream(
          buildStream([msg("a", "q"), ask("q", [{ value: "again", next: "a" }, { value: "stop" }])]),
        ),
      ).toEqual([]);
    });

    it("does not count a capture that skips known values as waiting", () => {
      const capture: Card = {
        id: "c",
        type: "capture",
        text: "Email?",
        kind: "email",
        field: "person.email",
        skipIfKnown: true,
        next: "a",
      };
      expect(codes(validateStream(buildStream([msg("a", "c"), capture])))).toEqual(["loop_without_input"]);
      expect(validateStream(buildStream([msg("a", "c"), { ...capture, skipIfKnown: false }]))).toEqual([]);
    });
  });

  describe("card options", () => {
    const single = (card: Card): Stream => buildStream([card]);

    it("question without answers", () => {
      expect(only(single(ask("q", [])))).toMatchObject({ cardId: "q", code: "question_without_answers" });
      expect(validateStream(single(ask("q", [], { allowFreeText: true } as Partial<Card>)))).toEqual([]);
    });

    it("question with two buttons storing the same value", () => {
      expect(only(single(ask("q", [{ value: "SEO" }, { value: "SEO" }])))).toMatchObject({
        code: "duplicate_answer_value",
      });
    });

    it("picklist without options", () => {
      const card: Card = {
        id: "p",
        name: "Country",
        type: "capture",
        text: "Country?",
        kind: "picklist",
        options: [" "],
        field: "person.country",
      };
      expect(only(single(card))).toEqual({
        cardId: "p",
        code: "picklist_without_options",
        message: 'Card "Country" (information capture) is a picklist without options',
      });
    });

    it("capture and action without a field", () => {
      expect(only(single({ id: "c", type: "capture", text: "Name?", kind: "text" }))).toMatchObject({
        code: "missing_field",
      });
      expect(only(single({ id: "x", type: "action", value: "v" }))).toMatchObject({ code: "missing_field" });
    });

    it("webhook without an https url", () => {
      for (const url of ["", "http://hooks.example.com", "ftp://x", "javascript:alert(1)"]) {
        expect(only(single({ id: "w", type: "webhook", url }))).toMatchObject({
          code: "webhook_url_not_https",
          cardId: "w",
        });
      }
      expect(
        validateStream(single({ id: "w", type: "webhook", url: "https://hooks.example.com/x" })),
      ).toEqual([]);
    });

    it("flow card without a flow, goal without a name", () => {
      expect(only(single({ id: "f", type: "flow", flowId: " " }))).toMatchObject({ code: "flow_without_id" });
      expect(only(single({ id: "g", type: "goal", goal: "" }))).toMatchObject({ code: "goal_without_name" });
    });

    it("routing that names no agent, team or rule", () => {
      const chat = (routing: Routing): Card => ({ id: "l", type: "liveChat", routing });
      expect(only(single(chat({ strategy: "specific_agent" }))).message).toBe(
        'Card "l" (live chat) routes to a specific agent but no agent is chosen',
      );
      expect(only(single(chat({ strategy: "custom_rules", ruleIds: [] }))).code).toBe("routing_incomplete");
      expect(only(single({ id: "m", type: "meeting", routing: { strategy: "team" } })).code).toBe(
        "routing_incomplete",
      );
      expect(validateStream(single(chat({ strategy: "team", teamId: "sales" })))).toEqual([]);
    });

    it("split branches and weights", () => {
      const split = (weights: number[]): Card => ({
        id: "s",
        type: "split",
        branches: weights.map((weight, i) => ({ id: `b${i}`, weight })),
      });
      expect(only(single(split([1]))).code).toBe("split_needs_branches");
      expect(codes(validateStream(single(split([0, 1.5, -2, 3]))))).toEqual([
        "invalid_split_weight",
        "invalid_split_weight",
        "invalid_split_weight",
      ]);
      expect(validateStream(single(split([1, 3])))).toEqual([]);
    });

    it("urls of images, content and privacy policies", () => {
      expect(
        only(single({ id: "m", type: "message", text: "x", image: { url: "javascript:alert(1)" } })).code,
      ).toBe("invalid_url");
      expect(
        only(single({ id: "c", type: "content", title: "Guide", url: "guide.pdf", kind: "pdf" })).code,
      ).toBe("invalid_url");
      expect(
        only(single({ id: "k", type: "consent", text: "OK?", privacyUrl: "data:text/html,x" })).code,
      ).toBe("invalid_url");
    });

    it("cards with nothing to say", () => {
      expect(only(single({ id: "m", type: "message", text: "  " })).code).toBe("empty_text");
      expect(
        validateStream(single({ id: "m", type: "message", text: "", image: { url: "https://x.com/a.png" } })),
      ).toEqual([]);
      expect(only(single({ id: "a", type: "answer", text: "" })).code).toBe("empty_text");
    });

    it("branch conditions that cannot be evaluated", () => {
      const card: Card = {
        id: "b",
        name: "Size",
        type: "branch",
        branches: [
          {
            id: "big",
            name: "Big",
            conditions: {
              match: "all",
              conditions: [{ type: "attribute", attribute: "company.size", operator: "greater_than" }],
            },
          },
        ],
      };
      expect(only(single(card))).toEqual({
        cardId: "b",
        code: "invalid_condition",
        message: 'Card "Size" (branch), branch "Big": "company.size greater than" needs a value',
      });
    });
  });
});
