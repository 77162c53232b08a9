import type { Card } from "../card";
import { describeCard } from "../card";
import { cardEdges, cardTargets } from "../cardEdges";
import type { Problem } from "./problem";
import type { ReadCards } from "./readCards";

/** Start card, duplicate ids, dangling edges and cards nobody can reach. */
export function graphProblems(startCardId: string, rawIds: readonly string[], read: ReadCards): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const id of rawIds) {
    if (seen.has(id) && !reported.has(id)) {
      reported.add(id);
      problems.push({
        cardId: id,
        code: "duplicate_card_id",
        message: `Two cards share the id "${id}": ids must be unique`,
      });
    }
    seen.add(id);
  }

  if (startCardId === "") {
    problems.push({ code: "missing_start_card", message: "The stream has no start card" });
  } else if (!read.ids.has(startCardId)) {
    problems.push({ code: "unknown_start_card", message: `The start card "${startCardId}" does not exist` });
  }

  for (const card of read.cards) {
    for (const edge of cardEdges(card)) {
      if (edge.target && !read.ids.has(edge.target)) {
        problems.push({
          cardId: card.id,
          code: "dangling_edge",
          message: `${describeCard(card)} connects "${edge.label}" to card "${edge.target}", which does not exist`,
        });
      }
    }
  }

  if (read.ids.has(startCardId)) problems.push(...unreachable(startCardId, read));
  return problems;
}

function unreachable(startCardId: string, read: ReadCards): Problem[] {
  const byId = new Map<string, Card>(read.cards.map((c) => [c.id, c]));
  const reached = new Set<string>([startCardId]);
  const queue = [startCardId];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const card = byId.get(id);
    const targets = card ? cardTargets(card) : (read.brokenEdges.get(id) ?? []);
    for (const target of targets) {
      if (!reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  return read.cards
    .filter((card) => !reached.has(card.id))
    .map((card) => ({
      cardId: card.id,
      code: "unreachable_card" as const,
      message: `${describeCard(card)} cannot be reached from the start card`,
    }));
}
