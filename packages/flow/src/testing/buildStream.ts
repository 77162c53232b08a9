import type { Card } from "../card";
import { STREAM_SCHEMA_VERSION } from "../schemaVersion";
import type { Stream } from "../stream";

/** A stream of these cards starting at the first one (or at `startCardId`). For tests. */
export function buildStream(cards: Card[], startCardId = cards[0]?.id ?? "start"): Stream {
  return { schemaVersion: STREAM_SCHEMA_VERSION, startCardId, cards };
}
