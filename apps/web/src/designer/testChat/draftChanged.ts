import type { Stream } from "@parley/flow/stream";

const withoutPositions = (stream: Stream) =>
  JSON.stringify(stream, (key, value: unknown) => (key === "position" ? undefined : value));

/** Whether the draft changed in a way a conversation could notice (moving cards on the canvas does not). */
export function draftChanged(tested: Stream, current: Stream): boolean {
  return tested !== current && withoutPositions(tested) !== withoutPositions(current);
}
