import type { Card, CardType } from "../card";
import { CARD_TYPES } from "../card";
import { cardEdges } from "../cardEdges";
import type { Condition } from "../conditions/condition";
import { connectCard } from "../connectCard";
import type { Stream } from "../stream";
import { waitsForVisitor } from "../waitsForVisitor";
import { buildStream } from "./buildStream";
import { SeededRandom } from "./seededRandom";

const TEXTS = [
  'Hello {{person.firstName | "there"}}!',
  "**Welcome** to _our_ site",
  "Read [the docs](https://example.com/docs)\nor ask us 🙂",
  'Visiting from {{visitor.page.url | "somewhere"}}?',
];

const CONDITIONS: Condition[] = [
  { type: "attribute", attribute: "person.email", operator: "is_empty" },
  { type: "attribute", attribute: "company.size", operator: "greater_than", value: 100 },
  { type: "attribute", attribute: "visitor.utm.source", operator: "is", value: "linkedin" },
  { type: "attribute", attribute: "person.country", operator: "in_list", value: ["FR", "DE"] },
  { type: "agentAvailability", scope: "any", operator: "is" },
  {
    type: "officeHours",
    timezone: "Europe/Paris",
    blocks: [{ day: "wed", from: "09:00", to: "17:00" }],
    operator: "is",
  },
];

function routing(rng: SeededRandom) {
  switch (rng.int(0, 4)) {
    case 0:
      return { strategy: "specific_agent" as const, agentId: "agent-1" };
    case 1:
      return { strategy: "team" as const, teamId: "team-1" };
    case 2:
      return { strategy: "custom_rules" as const, ruleIds: ["rule-1"] };
    case 3:
      return { strategy: "account_owner" as const };
    default:
      return { strategy: "round_robin" as const };
  }
}

function makeCard(type: CardType, id: string, rng: SeededRandom): Card {
  const text = rng.pick(TEXTS);
  switch (type) {
    case "message":
      return {
        id,
        type,
        text,
        ...(rng.chance(0.2) ? { image: { url: "https://example.com/a.png", alt: "A" } } : {}),
      };
    case "question":
      return {
        id,
        type,
        text,
        answers: Array.from({ length: rng.int(1, 3) }, (_, i) => ({
          id: `a${i}`,
          label: `Answer ${i}`,
          value: `v${i}`,
        })),
        ...(rng.chance(0.4) ? { allowFreeText: true } : {}),
        ...(rng.chance(0.5) ? { saveTo: `person.q_${id}` } : {}),
      };
    case "capture": {
      const kind = rng.pick(["email", "phone", "text", "number", "picklist"] as const);
      return {
        id,
        type,
        text,
        kind,
        field: kind === "email" ? "person.email" : `person.f_${id}`,
        ...(kind === "picklist" ? { options: ["Red", "Green", "Blue"] } : {}),
        ...(kind === "number" ? { validation: { min: 0, max: 100 } } : {}),
        ...(rng.chance(0.3) ? { skipIfKnown: true } : {}),
        ...(rng.chance(0.3) ? { overwriteExisting: true } : {}),
      };
    }
    case "meeting":
      return {
        id,
        type,
        routing: routing(rng),
        ...(rng.chance(0.5) ? { writeAgentTo: { field: "person.owner", value: "name" as const } } : {}),
      };
    case "liveChat":
      return {
        id,
        type,
        routing: routing(rng),
        ...(rng.chance(0.5) ? { fallbackMessage: "Sorry, nobody is free." } : {}),
        ...(rng.chance(0.5) ? { offerMeetingOnFallback: true } : {}),
      };
    case "goal":
      return { id, type, goal: `Goal ${id}`, ...(rng.chance(0.5) ? { score: rng.int(0, 3) } : {}) };
    case "action":
      return {
        id,
        type,
        field: `company.a_${id}`,
        value: rng.chance(0.5) ? "{{visitor.utm.source}}" : "set",
      };
    case "branch":
      return {
        id,
        type,
        branches: Array.from({ length: rng.int(1, 2) }, (_, i) => ({
          id: `b${i}`,
          conditions: {
            match: rng.pick(["all", "any"] as const),
            conditions: [rng.pick(CONDITIONS), rng.pick(CONDITIONS)],
          },
        })),
      };
    case "flow":
      return { id, type, flowId: `flow-${id}` };
    case "content":
      return {
        id,
        type,
        title: "Guide",
        url: "https://example.com/guide.pdf",
        kind: rng.pick(["pdf", "page"] as const),
      };
    case "consent":
      return {
        id,
        type,
        text: "I agree",
        ...(rng.chance(0.5) ? { privacyUrl: "https://example.com/privacy" } : {}),
      };
    case "webhook":
      return {
        id,
        type,
        url: "https://hooks.example.com/parley",
        ...(rng.chance(0.5) ? { responseMapping: [{ path: "data.name", field: "company.name" }] } : {}),
      };
    case "split":
      return {
        id,
        type,
        branches: Array.from({ length: rng.int(2, 3) }, (_, i) => ({ id: `s${i}`, weight: rng.int(1, 5) })),
      };
    case "answer":
      return {
        id,
        type,
        text: "Ask me anything",
        maxQuestions: rng.int(1, 3),
        ...(rng.chance(0.5) ? { fallbackMessage: "No idea, sorry." } : {}),
      };
  }
}

/**
 * A random stream that validateStream accepts, using every card type. Every card is reachable
 * (a random tree from the start card), extra edges go forward, and edges going back start only
 * at cards that wait for the visitor, so every loop waits for input. Same seed, same stream.
 */
export function generateStream(seed: number, maxCards = 14): Stream {
  const rng = new SeededRandom(seed);
  const count = rng.int(1, maxCards);
  const cards: Card[] = [];
  const free: { owner: number; handle: string }[] = [];
  for (let i = 0; i < count; i++) {
    let card = makeCard(rng.pick(CARD_TYPES), `c${i}`, rng);
    // Keep a free connector for the cards still to come (a live chat card has none).
    while (i < count - 1 && free.length - (i > 0 ? 1 : 0) + openEdges(card).length < 1) {
      card = makeCard(rng.pick(CARD_TYPES), `c${i}`, rng);
    }
    if (i > 0) {
      const [slot] = free.splice(rng.int(0, free.length - 1), 1);
      if (slot) cards[slot.owner] = connectCard(cards[slot.owner]!, slot.handle, card.id);
    }
    cards.push(card);
    for (const edge of openEdges(card)) free.push({ owner: i, handle: edge.handle });
  }
  for (const slot of free) {
    const owner = cards[slot.owner]!;
    const roll = rng.next();
    if (roll < 0.35 && slot.owner < count - 1) {
      cards[slot.owner] = connectCard(owner, slot.handle, `c${rng.int(slot.owner + 1, count - 1)}`);
    } else if (roll < 0.55 && waitsForVisitor(owner)) {
      cards[slot.owner] = connectCard(owner, slot.handle, `c${rng.int(0, slot.owner)}`);
    }
  }
  return buildStream(cards, "c0");
}

/** The connectors a generated stream may use (never the one after a live chat). */
const openEdges = (card: Card) => cardEdges(card).filter((edge) => !edge.forbidden);
