import type { Card } from "@parley/flow/card";
import type { Point } from "../state/designerState";
import type { Size } from "./flowElements";

/** A new card's box before it is measured (a card is 240 px wide). */
const NEW_CARD: Size = { width: 240, height: 140 };
const GAP = 40;

/**
 * The first place at or to the right of `wanted` where a new card covers no other card, so an added
 * card never hides under an existing one.
 */
export function freeSpot(wanted: Point, cards: readonly Card[], sizes: ReadonlyMap<string, Size>): Point {
  const at = { ...wanted };
  for (let tries = 0; tries < 50; tries++) {
    const blocker = cards.find((card) => {
      if (!card.position) return false;
      const size = sizes.get(card.id) ?? NEW_CARD;
      return (
        at.x < card.position.x + size.width + GAP &&
        card.position.x < at.x + NEW_CARD.width + GAP &&
        at.y < card.position.y + size.height + GAP &&
        card.position.y < at.y + NEW_CARD.height + GAP
      );
    });
    if (!blocker?.position) return at;
    at.x = blocker.position.x + (sizes.get(blocker.id) ?? NEW_CARD).width + GAP;
  }
  return at;
}
