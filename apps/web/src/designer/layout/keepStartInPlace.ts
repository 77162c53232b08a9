import type { Stream } from "@parley/flow/stream";
import type { Point } from "../state/designerState";

/**
 * `positions` shifted so that the start card stays where it is on the canvas: auto-arrange
 * tidies the stream around the card the marketer was looking at instead of moving everything to
 * ELK's origin. Unchanged when the start card has no position yet.
 */
export function keepStartInPlace(stream: Stream, positions: Record<string, Point>): Record<string, Point> {
  const before = stream.cards.find((c) => c.id === stream.startCardId)?.position;
  const after = positions[stream.startCardId];
  if (!before || !after) return positions;
  const dx = before.x - after.x;
  const dy = before.y - after.y;
  return Object.fromEntries(Object.entries(positions).map(([id, p]) => [id, { x: p.x + dx, y: p.y + dy }]));
}
