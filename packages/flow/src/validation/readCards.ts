import type { Card } from "../card";
import { CARD_TYPE_LABELS, Card as CardSchema, describeCard } from "../card";
import type { Problem } from "./problem";

/** Keys that hold an outgoing edge on some card type. */
const EDGE_KEYS = [
  "next",
  "elseNext",
  "booked",
  "notBooked",
  "accepted",
  "declined",
  "success",
  "failure",
  "matched",
  "noMatch",
];
const LIVE_CHAT_EDGE_KEYS = [...EDGE_KEYS, "branches", "answers"];
const MAX_ISSUES_PER_CARD = 5;

export interface ReadCards {
  /** Cards that match their schema. */
  cards: Card[];
  /** Every id seen, including cards that did not parse, so edges to them do not look dangling. */
  ids: Set<string>;
  /** Best-effort edges of cards that did not parse, so what they lead to does not look unreachable. */
  brokenEdges: Map<string, string[]>;
  problems: Problem[];
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function describeRaw(raw: Record<string, unknown> | null, index: number): string {
  const id = typeof raw?.id === "string" && raw.id !== "" ? raw.id : `#${index + 1}`;
  const name = typeof raw?.name === "string" ? raw.name : undefined;
  const type = raw?.type;
  if (typeof type === "string" && Object.hasOwn(CARD_TYPE_LABELS, type)) {
    return describeCard({ id, name, type: type as Card["type"] });
  }
  return `Card "${name?.trim() || id}"`;
}

function rawTargets(raw: Record<string, unknown>): string[] {
  const targets: string[] = [];
  for (const key of EDGE_KEYS) if (typeof raw[key] === "string") targets.push(raw[key]);
  for (const key of ["answers", "branches"]) {
    const list = raw[key];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const next = asRecord(item)?.next;
      if (typeof next === "string") targets.push(next);
    }
  }
  return targets;
}

/**
 * Parses each card on its own so one broken card does not hide the others' problems. A live
 * chat card with an outgoing edge is reported as such (not as an unknown key) and read without it.
 */
export function readCards(rawCards: readonly unknown[]): ReadCards {
  const result: ReadCards = { cards: [], ids: new Set(), brokenEdges: new Map(), problems: [] };
  rawCards.forEach((rawCard, index) => {
    let raw = asRecord(rawCard);
    const id = typeof raw?.id === "string" ? raw.id : undefined;
    if (id !== undefined) result.ids.add(id);
    if (raw?.type === "liveChat") {
      const extra = LIVE_CHAT_EDGE_KEYS.filter((key) => raw?.[key] !== undefined && raw?.[key] !== null);
      if (extra.length > 0) {
        result.problems.push({
          ...(id !== undefined ? { cardId: id } : {}),
          code: "live_chat_not_last",
          message: `${describeRaw(raw, index)} must be the last card of its branch`,
        });
      }
      // Read it without them (an empty `next: null` left by the designer is harmless).
      raw = Object.fromEntries(Object.entries(raw).filter(([key]) => !LIVE_CHAT_EDGE_KEYS.includes(key)));
    }
    const parsed = CardSchema.safeParse(raw ?? rawCard);
    if (parsed.success) {
      result.cards.push(parsed.data);
      return;
    }
    if (id !== undefined && raw) result.brokenEdges.set(id, rawTargets(raw));
    for (const issue of parsed.error.issues.slice(0, MAX_ISSUES_PER_CARD)) {
      const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
      result.problems.push({
        ...(id !== undefined ? { cardId: id } : {}),
        code: "invalid_card",
        message: `${describeRaw(raw, index)}: ${where}${issue.message}`,
      });
    }
  });
  return result;
}
