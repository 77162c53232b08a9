import { CARD_TYPE_LABELS, type Card } from "@parley/flow/card";
import { cardEdges } from "@parley/flow/cardEdges";
import type { Stream } from "@parley/flow/stream";
import type { ReportTable } from "@parley/protocol/reports";
import { rate } from "./dialogueMetrics";
import type { EventCount } from "./eventCounts";

/** The stream's cards from the start card, breadth first along their edges, then any left unreached. */
export function cardsInOrder(stream: Stream): Card[] {
  const byId = new Map(stream.cards.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const order: Card[] = [];
  const queue = [stream.startCardId];
  while (queue.length) {
    const card = byId.get(queue.shift()!);
    if (!card || seen.has(card.id)) continue;
    seen.add(card.id);
    order.push(card);
    for (const edge of cardEdges(card)) if (edge.target) queue.push(edge.target);
  }
  return [...order, ...stream.cards.filter((c) => !seen.has(c.id))];
}

/**
 * Drop-off per card of one version: reached = times the card was entered (card_visited), dropped =
 * conversations that went silent there (the `dropped` event names the last card entered),
 * continued = reached − dropped, drop-off rate = dropped ÷ reached.
 */
export function funnelTable(version: number | null, stream: Stream | null, rows: EventCount[]): ReportTable {
  const reached = new Map<string, number>();
  const dropped = new Map<string, number>();
  for (const row of rows) {
    const into = row.type === "card_visited" ? reached : row.type === "dropped" ? dropped : null;
    into?.set(row.card_id, (into.get(row.card_id) ?? 0) + row.count);
  }
  return {
    id: "funnel",
    title: version === null ? "Funnel" : `Funnel of version ${version}`,
    chart: "funnel",
    columns: [
      { key: "version", label: "Version", type: "count" },
      { key: "cardId", label: "Card id", type: "id" },
      { key: "card", label: "Card", type: "text" },
      { key: "cardType", label: "Card type", type: "text" },
      { key: "reached", label: "Reached", type: "count" },
      { key: "continued", label: "Continued", type: "count" },
      { key: "dropped", label: "Dropped", type: "count" },
      { key: "dropOffRate", label: "Drop-off rate", type: "rate" },
    ],
    rows: (stream ? cardsInOrder(stream) : []).map((card) => {
      const r = reached.get(card.id) ?? 0;
      const d = dropped.get(card.id) ?? 0;
      return {
        version,
        cardId: card.id,
        card: card.name?.trim() || card.id,
        cardType: CARD_TYPE_LABELS[card.type],
        reached: r,
        continued: Math.max(r - d, 0),
        dropped: d,
        dropOffRate: rate(d, r),
      };
    }),
    notes: [],
  };
}
