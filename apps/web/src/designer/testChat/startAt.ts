import type { Stream } from "@parley/flow/stream";

/**
 * The stream a test that jumps to `cardId` runs: the same draft, started at that card. The runner's
 * rules are untouched (it enters the stream's start card on `start`); an unknown card or null keeps
 * the draft's own start.
 */
export function startAt(stream: Stream, cardId: string | null): Stream {
  if (!cardId || cardId === stream.startCardId || !stream.cards.some((card) => card.id === cardId))
    return stream;
  return { ...stream, startCardId: cardId };
}
