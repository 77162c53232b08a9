import type { Card } from "./card";

/**
 * Whether the runner always stops at this card until the visitor does something. A capture
 * card that skips known values does not count: once the value is known it passes straight on.
 * Webhook and flow cards wait for the server, not the visitor, so a loop through them would
 * spin without anyone typing anything.
 */
export function waitsForVisitor(card: Card): boolean {
  switch (card.type) {
    case "question":
    case "consent":
    case "answer":
    case "meeting":
    case "liveChat":
      return true;
    case "capture":
      return card.skipIfKnown !== true;
    case "message":
    case "goal":
    case "action":
    case "branch":
    case "flow":
    case "content":
    case "webhook":
    case "split":
      return false;
  }
}
