import type { Stream } from "@parley/flow/stream";
import type { Point } from "../state/designerState";

/** A card's size on the canvas, as measured by the canvas (defaults are used for missing ones). */
export interface Size {
  width: number;
  height: number;
}

/**
 * Positions for every card of `stream`, laid out left to right by elkjs in a Web Worker. The canvas
 * dispatches the result as `applyLayout`. SEAM: body filled in by h-core.
 */
export function autoArrange(
  stream: Stream,
  sizes?: Readonly<Record<string, Size>>,
): Promise<Record<string, Point>> {
  void sizes;
  return Promise.resolve(Object.fromEntries(stream.cards.map((c, i) => [c.id, { x: i * 300, y: 0 }])));
}
