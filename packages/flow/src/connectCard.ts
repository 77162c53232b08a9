import type { Card } from "./card";

/**
 * A copy of `card` whose connector `handle` (see cardEdges) leads to `target`, or ends the
 * branch when `target` is null. Unknown handles leave the card unchanged. For the designer.
 */
export function connectCard(card: Card, handle: string, target: string | null): Card {
  const [kind, itemId] = handle.includes(":") ? handle.split(":", 2) : [handle, undefined];
  switch (card.type) {
    case "message":
    case "liveChat":
    case "capture":
    case "goal":
    case "action":
    case "flow":
    case "content":
      return kind === "next" ? { ...card, next: target } : card;
    case "question":
      if (kind === "next") return { ...card, next: target };
      if (kind !== "answer") return card;
      return { ...card, answers: card.answers.map((a) => (a.id === itemId ? { ...a, next: target } : a)) };
    case "meeting":
      return kind === "booked" || kind === "notBooked" ? { ...card, [kind]: target } : card;
    case "branch":
      if (kind === "else") return { ...card, elseNext: target };
      if (kind !== "branch") return card;
      return { ...card, branches: card.branches.map((b) => (b.id === itemId ? { ...b, next: target } : b)) };
    case "consent":
      return kind === "accepted" || kind === "declined" ? { ...card, [kind]: target } : card;
    case "webhook":
      return kind === "success" || kind === "failure" ? { ...card, [kind]: target } : card;
    case "split":
      if (kind !== "branch") return card;
      return { ...card, branches: card.branches.map((b) => (b.id === itemId ? { ...b, next: target } : b)) };
    case "answer":
      return kind === "matched" || kind === "noMatch" ? { ...card, [kind]: target } : card;
  }
}
