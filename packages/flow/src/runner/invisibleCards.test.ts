import { describe, expect, it } from "vitest";
import type { Card } from "../card";
import type { ConditionGroup } from "../conditions/condition";
import { buildRunContext } from "../testing/buildRunContext";
import { buildStream } from "../testing/buildStream";
import { playStream } from "../testing/playStream";
import type { RunContext } from "./runContext";
import { initialRunState } from "./runState";
import { runStep } from "./runStep";

const end = (id: string, text = `At ${id}`): Card => ({ id, type: "message", text });
const start = (cards: Card[], context: Partial<RunContext> = {}) =>
  runStep(buildStream(cards), initialRunState(), { kind: "start" }, buildRunContext(context));

describe("goal card", () => {
  it("marks the goal and sets the score, invisibly", () => {
    const result = start([{ id: "g", type: "goal", goal: "Demo booked", score: 3, next: "end" }, end("end")]);
    expect(result.effects).toEqual([
      { type: "markGoal", cardId: "g", goal: "Demo booked" },
      { type: "setScore", cardId: "g", score: 3 },
    ]);
    expect(result.outputs.map((o) => o.type)).toEqual(["message", "completed"]);
  });

  it("sets no score when none is configured", () => {
    expect(start([{ id: "g", type: "goal", goal: "Lead" }]).effects).toEqual([
      { type: "markGoal", cardId: "g", goal: "Lead" },
    ]);
  });
});

describe("action card", () => {
  it("sets a field to a value with tokens resolved as plain text, visible to later cards", () => {
    const result = start(
      [
        {
          id: "a",
          type: "action",
          field: "person.source",
          value: 'utm:{{visitor.utm.source | "direct"}}',
          next: "m",
        },
        { id: "m", type: "message", text: "Source {{person.source}}" },
      ],
      { visitor: { utm: { source: "**linkedin**" } } },
    );
    expect(result.effects).toEqual([
      { type: "saveField", cardId: "a", field: "person.source", value: "utm:**linkedin**", overwrite: true },
    ]);
    expect(result.outputs[0]).toEqual({
      type: "message",
      cardId: "m",
      text: [{ text: "Source utm:**linkedin**" }],
    });
  });

  it("sets company fields too", () => {
    expect(start([{ id: "a", type: "action", field: "company.tier", value: "gold" }]).effects).toEqual([
      { type: "saveField", cardId: "a", field: "company.tier", value: "gold", overwrite: true },
    ]);
  });
});

describe("branch card", () => {
  const big: ConditionGroup = {
    match: "all",
    conditions: [{ type: "attribute", attribute: "company.size", operator: "greater_than", value: 100 }],
  };
  const online: ConditionGroup = {
    match: "all",
    conditions: [{ type: "agentAvailability", scope: "team", teamId: "sales", operator: "is" }],
  };
  const cards: Card[] = [
    {
      id: "b",
      type: "branch",
      branches: [
        { id: "big", conditions: big, next: "big-card" },
        { id: "online", conditions: online, next: "online-card" },
      ],
      elseNext: "else-card",
    },
    end("big-card"),
    end("online-card"),
    end("else-card"),
  ];
  const route = (context: Partial<RunContext>) => start(cards, context).visited[1];

  it("takes the first branch whose conditions hold", () => {
    expect(route({ company: { size: 500 }, availability: { agentIds: ["u"], teamIds: ["sales"] } })).toBe(
      "big-card",
    );
    expect(route({ company: { size: 5 }, availability: { agentIds: ["u"], teamIds: ["sales"] } })).toBe(
      "online-card",
    );
  });

  it("takes else when none holds", () => {
    expect(route({ company: { size: 5 } })).toBe("else-card");
  });

  it("sees fields saved earlier in the same step", () => {
    const result = start([
      { id: "a", type: "action", field: "company.size", value: "900", next: "b" },
      ...cards,
    ]);
    expect(result.visited).toEqual(["a", "b", "big-card"]);
  });

  it("routes on office hours using the supplied clock", () => {
    const hours: Card[] = [
      {
        id: "b",
        type: "branch",
        branches: [
          {
            id: "open",
            conditions: {
              match: "all",
              conditions: [
                {
                  type: "officeHours",
                  timezone: "Europe/Paris",
                  blocks: [{ day: "wed", from: "09:00", to: "18:00" }],
                  operator: "is",
                },
              ],
            },
            next: "open",
          },
        ],
        elseNext: "closed",
      },
      end("open"),
      end("closed"),
    ];
    expect(start(hours, { now: "2025-01-15T10:00:00Z" }).visited[1]).toBe("open");
    expect(start(hours, { now: "2025-01-15T20:00:00Z" }).visited[1]).toBe("closed");
  });
});

describe("split card", () => {
  const cards: Card[] = [
    {
      id: "s",
      type: "split",
      branches: [
        { id: "a", weight: 1, next: "a-card" },
        { id: "b", weight: 3, next: "b-card" },
      ],
    },
    end("a-card"),
    end("b-card"),
  ];

  it("picks the branch by weight from the supplied random number and records it", () => {
    const low = start(cards, { random: 0.2 });
    expect(low.visited).toEqual(["s", "a-card"]);
    expect(low.effects).toEqual([{ type: "recordSplit", cardId: "s", branchId: "a" }]);
    expect(low.state.splits).toEqual({ s: "a" });
    expect(start(cards, { random: 0.25 }).visited[1]).toBe("b-card");
    expect(start(cards, { random: 0.999 }).visited[1]).toBe("b-card");
  });

  it("splits traffic in proportion to the weights", () => {
    let a = 0;
    for (let i = 0; i < 1000; i++) if (start(cards, { random: i / 1000 }).visited[1] === "a-card") a++;
    expect(a).toBe(250);
  });

  it("keeps the visitor in the same branch when they come back", () => {
    const loop: Card[] = [
      {
        id: "q",
        type: "question",
        text: "Again?",
        answers: [{ id: "y", label: "Yes", value: "y", next: "s" }],
        next: "s",
      },
      {
        ...(cards[0] as Card & { type: "split" }),
        branches: [
          { id: "a", weight: 1, next: "q" },
          { id: "b", weight: 1, next: "q" },
        ],
      },
    ];
    const stream = buildStream(loop, "s");
    const first = runStep(stream, initialRunState(), { kind: "start" }, buildRunContext({ random: 0.9 }));
    expect(first.state.splits).toEqual({ s: "b" });
    const again = runStep(
      stream,
      first.state,
      { kind: "answer", value: "y" },
      buildRunContext({ random: 0.1 }),
    );
    expect(again.state.splits).toEqual({ s: "b" });
    expect(again.effects).toEqual([]);
  });

  it("gives two splits in one step independent choices", () => {
    const two: Card[] = [
      {
        id: "s1",
        type: "split",
        branches: [
          { id: "a", weight: 1, next: "s2" },
          { id: "b", weight: 1, next: "s2" },
        ],
      },
      {
        id: "s2",
        type: "split",
        branches: [
          { id: "a", weight: 1 },
          { id: "b", weight: 1 },
        ],
      },
    ];
    const combos = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const { state } = start(two, { random: i / 200 });
      combos.add(`${state.splits.s1}${state.splits.s2}`);
    }
    expect(combos).toEqual(new Set(["aa", "ab", "ba", "bb"]));
  });

  it("records the choice before the effects of the cards after it", () => {
    const results = playStream(
      buildStream([
        {
          id: "s",
          type: "split",
          branches: [
            { id: "a", weight: 1, next: "g" },
            { id: "b", weight: 1, next: "g" },
          ],
        },
        { id: "g", type: "goal", goal: "Seen" },
      ]),
      [],
      buildRunContext({ random: 0.5 }),
    );
    expect(results[0]?.effects.map((e) => e.type)).toEqual(["recordSplit", "markGoal"]);
  });
});
