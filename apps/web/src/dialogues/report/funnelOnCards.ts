import type { Card } from "@parley/flow/card";
import { cardEdges } from "@parley/flow/cardEdges";
import type { ReportTable } from "@parley/protocol/reports";
import { type CardFunnel, edgeId } from "../../designer/canvas/flowElements";

const NOBODY: CardFunnel = { reached: 0, continued: 0, dropped: 0, dropOffRate: null };

const count = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);
const rate = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

/**
 * The `funnel` table of the dialogue report laid onto the version's cards: one entry per card of the
 * stream (a card nobody reached gets zeros, not a gap), in the stream's order. Rows about cards the
 * stream does not hold (another version's) are left out: the canvas draws this version only.
 */
export function funnelOnCards(
  cards: readonly Card[],
  funnel: ReportTable | undefined,
): Map<string, CardFunnel> {
  const rows = new Map<string, Record<string, unknown>>();
  for (const row of funnel?.rows ?? []) if (typeof row.cardId === "string") rows.set(row.cardId, row);
  const byCard = new Map<string, CardFunnel>();
  for (const card of cards) {
    const row = rows.get(card.id);
    byCard.set(
      card.id,
      row
        ? {
            reached: count(row.reached),
            continued: count(row.continued),
            dropped: count(row.dropped),
            dropOffRate: rate(row.dropOffRate),
          }
        : NOBODY,
    );
  }
  return byCard;
}

/**
 * How many conversations went along each connector (keyed by the canvas's edge id), where the report
 * can tell: an A/B split's branch carries the conversations the `splits` table counts for it; a card's
 * only way on carries everyone who continued from it; a card reached by one connector only was
 * reached through it. Any other connector is left out (drawn unweighted): the funnel counts cards,
 * not the paths between them.
 */
export function edgeTraffic(
  cards: readonly Card[],
  byCard: ReadonlyMap<string, CardFunnel>,
  splits?: ReportTable,
): Map<string, number> {
  const known = new Set(cards.map((c) => c.id));
  const links = cards.flatMap((card) =>
    cardEdges(card).flatMap(({ handle, target }) =>
      target && known.has(target) ? [{ source: card.id, handle, target }] : [],
    ),
  );
  const into = new Map<string, number>();
  const outOf = new Map<string, number>();
  for (const link of links) {
    into.set(link.target, (into.get(link.target) ?? 0) + 1);
    outOf.set(link.source, (outOf.get(link.source) ?? 0) + 1);
  }
  const branches = new Map<string, number>();
  for (const row of splits?.rows ?? []) {
    if (typeof row.splitCardId === "string" && typeof row.branchId === "string")
      branches.set(edgeId(row.splitCardId, `branch:${row.branchId}`), count(row.conversations));
  }
  const splitCards = new Set(cards.filter((c) => c.type === "split").map((c) => c.id));
  const traffic = new Map<string, number>();
  for (const link of links) {
    const key = edgeId(link.source, link.handle);
    if (splitCards.has(link.source)) traffic.set(key, branches.get(key) ?? 0);
    else if (outOf.get(link.source) === 1) traffic.set(key, byCard.get(link.source)?.continued ?? 0);
    else if (into.get(link.target) === 1) traffic.set(key, byCard.get(link.target)?.reached ?? 0);
  }
  return traffic;
}
