import type { Card } from "./card";

/** One outgoing connector of a card: the designer draws it from `handle`, labelled `label`. */
export interface CardEdge {
  handle: string;
  label: string;
  /** The card it leads to; null/undefined: the branch ends there. */
  target: string | null | undefined;
  /** Must stay unconnected (a live chat's): shown so that a card placed after it can be pointed at. */
  forbidden?: true;
}

/**
 * Every outgoing connector of a card, in the order the designer shows them. Handles are
 * stable: `next`, `answer:<id>`, `branch:<id>`, `else`, `booked`, `notBooked`, `accepted`,
 * `declined`, `success`, `failure`, `matched`, `noMatch`. A live chat card has one, `next`, that
 * must stay unconnected (validation reports a card placed after it: `live_chat_not_last`).
 */
export function cardEdges(card: Card): CardEdge[] {
  switch (card.type) {
    case "message":
    case "capture":
    case "goal":
    case "action":
    case "flow":
    case "content":
      return [{ handle: "next", label: "Next", target: card.next }];
    case "question":
      return [
        ...card.answers.map((a) => ({ handle: `answer:${a.id}`, label: a.label, target: a.next })),
        { handle: "next", label: card.answers.length > 0 ? "Other answers" : "Next", target: card.next },
      ];
    case "meeting":
      return [
        { handle: "booked", label: "Booked", target: card.booked },
        { handle: "notBooked", label: "Not booked", target: card.notBooked },
      ];
    case "liveChat":
      return [
        { handle: "next", label: "Nothing may follow a live chat", target: card.next, forbidden: true },
      ];
    case "branch":
      return [
        ...card.branches.map((b, i) => ({
          handle: `branch:${b.id}`,
          label: b.name || `Branch ${i + 1}`,
          target: b.next,
        })),
        { handle: "else", label: "Else", target: card.elseNext },
      ];
    case "consent":
      return [
        { handle: "accepted", label: "Accepted", target: card.accepted },
        { handle: "declined", label: "Declined", target: card.declined },
      ];
    case "webhook":
      return [
        { handle: "success", label: "Success", target: card.success },
        { handle: "failure", label: "Failure", target: card.failure },
      ];
    case "split":
      return card.branches.map((b, i) => ({
        handle: `branch:${b.id}`,
        label: b.name || `Branch ${String.fromCharCode(65 + (i % 26))}`,
        target: b.next,
      }));
    case "answer":
      return [
        { handle: "matched", label: "Answered", target: card.matched },
        { handle: "noMatch", label: "No match", target: card.noMatch },
      ];
  }
}

/** The distinct cards a card can lead to. */
export function cardTargets(card: Card): string[] {
  const targets = new Set<string>();
  for (const edge of cardEdges(card)) if (edge.target) targets.add(edge.target);
  return [...targets];
}
