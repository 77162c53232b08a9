import type { Card } from "@parley/flow/card";
import { cardEdges } from "@parley/flow/cardEdges";

/** A card's size on the canvas. */
export interface Size {
  width: number;
  height: number;
}

export const CARD_WIDTH = 280;
const HEADER = 96;
const ROW = 32;

/**
 * A guess at a card's size when the canvas has not measured it yet (before its first render):
 * a header with the text, then one row per connector, as the card nodes draw them.
 */
export function estimatedCardSize(card: Card): Size {
  return { width: CARD_WIDTH, height: HEADER + ROW * cardEdges(card).length };
}
