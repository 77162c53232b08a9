import type { RunInput } from "../runner/runInput";
import type { RunState } from "../runner/runState";
import type { Stream } from "../stream";
import type { SeededRandom } from "./seededRandom";

/** A plausible, valid input for what the state is waiting for: what a visitor or the server would send. */
export function scriptInput(stream: Stream, state: RunState, rng: SeededRandom): RunInput {
  const waiting = state.waiting;
  if (state.status === "new" || !waiting) return { kind: "start" };
  const card = stream.cards.find((c) => c.id === waiting.cardId);
  const kind = rng.pick(waiting.accepts);
  switch (kind) {
    case "start":
    case "flowFinished":
    case "done":
      return { kind };
    case "consent":
      return { kind, accepted: rng.chance(0.5) };
    case "webhookResult":
      return rng.chance(0.7)
        ? { kind, ok: true, status: 200, body: { data: { name: "Acme" } } }
        : { kind, ok: false, status: 500 };
    case "meetingResult":
      return rng.chance(0.6)
        ? { kind, booked: true, agent: { id: "agent-1", name: "Ada Lovelace", email: "ada@example.com" } }
        : { kind, booked: false };
    case "liveChatResult":
      return { kind, outcome: rng.chance(0.5) ? "connected" : "unavailable", agent: { name: "Grace" } };
    case "answersFound":
      return { kind, matches: rng.chance(0.6) ? [{ question: "Price?", answer: "It is **free**." }] : [] };
    case "answer":
      if (card?.type === "question") {
        if (card.allowFreeText && rng.chance(0.3)) return { kind, value: "Something else entirely" };
        return { kind, value: rng.pick(card.answers).value };
      }
      if (card?.type === "capture") {
        const values = {
          email: `visitor${rng.int(1, 999)}@example.com`,
          phone: "+1 555 0100",
          text: "Hello there",
          number: String(rng.int(0, 100)),
          picklist: rng.pick(card.options ?? ["?"]),
        };
        return { kind, value: values[card.kind] };
      }
      return { kind, value: "How much does it cost?" };
  }
}
