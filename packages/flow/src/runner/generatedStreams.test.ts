import { describe, expect, it } from "vitest";
import { CARD_TYPES } from "../card";
import { Stream } from "../stream";
import { buildRunContext } from "../testing/buildRunContext";
import { generateStream } from "../testing/generateStream";
import { scriptInput } from "../testing/scriptInput";
import { SeededRandom } from "../testing/seededRandom";
import { validateStream } from "../validateStream";
import type { RunInput } from "./runInput";
import { RUN_INPUT_KINDS } from "./runInput";
import type { RunState } from "./runState";
import { initialRunState } from "./runState";
import { runStep } from "./runStep";

const SEEDS = 400;
const MAX_INPUTS = 60;

/** An input the state is not waiting for. */
function wrongInput(state: RunState, rng: SeededRandom): RunInput | null {
  const accepted = state.waiting?.accepts ?? ["start"];
  const kinds = RUN_INPUT_KINDS.filter((k) => !accepted.includes(k) && k !== "start");
  if (kinds.length === 0) return null;
  const kind = rng.pick(kinds);
  if (kind === "answer") return { kind, value: "x" };
  if (kind === "consent") return { kind, accepted: true };
  if (kind === "webhookResult") return { kind, ok: true };
  if (kind === "meetingResult") return { kind, booked: true };
  if (kind === "liveChatResult") return { kind, outcome: "connected" };
  if (kind === "answersFound") return { kind, matches: [] };
  return { kind } as RunInput;
}

describe("generated streams (property-style)", () => {
  it(`${SEEDS} random streams of every card type validate and run to completion or a wait`, () => {
    let completed = 0;
    const typesVisited = new Set<string>();
    for (let seed = 1; seed <= SEEDS; seed++) {
      const stream = generateStream(seed);
      const where = `seed ${seed}`;
      expect(validateStream(stream), where).toEqual([]);
      expect(Stream.parse(JSON.parse(JSON.stringify(stream))), where).toEqual(stream);

      const rng = new SeededRandom(seed * 7919);
      const person: Record<string, string | number> = rng.chance(0.5) ? { email: "known@example.com" } : {};
      const company: Record<string, string | number> = {};
      let state = initialRunState();
      for (let step = 0; step < MAX_INPUTS && state.status !== "completed"; step++) {
        const context = buildRunContext({
          person: { ...person },
          company: { ...company },
          random: rng.next(),
          visitor: { utm: { source: rng.pick(["linkedin", "google"]) } },
          availability: rng.chance(0.5)
            ? { agentIds: ["agent-1"], teamIds: ["team-1"] }
            : { agentIds: [], teamIds: [] },
        });

        // Anything the state is not waiting for is refused and changes nothing.
        const wrong = state.status === "waiting" && rng.chance(0.2) ? wrongInput(state, rng) : null;
        if (wrong) {
          const refused = runStep(stream, state, wrong, context);
          expect(refused.state, where).toBe(state);
          expect(refused.effects, where).toEqual([]);
          expect(refused.outputs, where).toEqual([{ type: "error", code: "unexpected_input" }]);
        }

        const before = JSON.stringify(state);
        const result = runStep(stream, state, scriptInput(stream, state, rng), context);
        const { state: next, outputs, effects, visited } = result;

        // Bounded: a step enters each card that does not wait at most once, plus the one that waits.
        expect(["waiting", "completed"], where).toContain(next.status);
        expect(visited.length, where).toBeLessThanOrEqual(stream.cards.length);
        // Progress: an accepted input always moves the conversation.
        expect(JSON.stringify(next), where).not.toBe(before);
        expect(
          outputs.some((o) => o.type === "error" || o.type === "invalid"),
          where,
        ).toBe(false);
        // Never waits without telling someone what to do.
        if (next.status === "waiting") {
          const waiting = next.waiting!;
          if (waiting.from === "visitor")
            expect(
              outputs.some((o) => "cardId" in o && o.cardId === waiting.cardId),
              where,
            ).toBe(true);
          else
            expect(
              effects.some((e) => e.cardId === waiting.cardId),
              where,
            ).toBe(true);
        } else {
          expect(outputs.at(-1), where).toEqual({ type: "completed" });
        }
        // Every output belongs to a card of this step (or the one resumed), and the path records them.
        expect(next.path.slice(next.path.length - visited.length), where).toEqual(visited);
        for (const id of visited) typesVisited.add(stream.cards.find((c) => c.id === id)!.type);

        for (const effect of effects) {
          if (effect.type === "identifyByEmail") person.email = effect.email;
          if (effect.type === "saveField") {
            const [entity, key] = effect.field.split(".") as [string, string];
            (entity === "person" ? person : company)[key] = effect.value;
          }
        }
        state = next;
      }
      if (state.status === "completed") completed++;
    }
    expect(typesVisited).toEqual(new Set(CARD_TYPES));
    // Most scripted conversations finish; the rest are still looping through questions by choice.
    expect(completed).toBeGreaterThan(SEEDS * 0.8);
  });

  it("runs the same way twice for the same seed", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const stream = generateStream(seed);
      const transcript = () => {
        const rng = new SeededRandom(seed);
        const steps = [];
        let state = initialRunState();
        for (let i = 0; i < 20 && state.status !== "completed"; i++) {
          const result = runStep(
            stream,
            state,
            scriptInput(stream, state, rng),
            buildRunContext({ random: rng.next() }),
          );
          steps.push(result);
          state = result.state;
        }
        return steps;
      };
      expect(transcript()).toEqual(transcript());
    }
  });
});
