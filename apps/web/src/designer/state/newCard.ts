import type { Card, CardType } from "@parley/flow/card";
import type { Point } from "./designerState";

/**
 * A valid card of `type` with sensible visible defaults (a Question has two answers …), with
 * id `id`; answers and branches get ids derived from it. SEAM: body filled in by h-core.
 */
export function newCard(type: CardType, id: string, position?: Point): Card {
  void type;
  return { id, type: "message", text: "", next: null, ...(position ? { position } : {}) };
}
