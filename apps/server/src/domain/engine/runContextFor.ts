import type { RunContext } from "@parley/flow/runner/runContext";
import type { Stream } from "@parley/flow/stream";
import type { Kysely } from "kysely";
import type { ConversationTable, Database } from "../../store/schema";
import { conditionContextFor } from "../visitors/conditionContextFor";

/** Everything the runner may look at for this conversation right now (`stream`: as loaded, before localizing). */
export async function runContextFor(
  db: Kysely<Database>,
  conversation: ConversationTable,
  stream: Stream,
  random: () => number,
): Promise<RunContext> {
  const base = await conditionContextFor(db, {
    siteId: conversation.site_id,
    visitorId: conversation.visitor_id,
    segments: usesSegments(stream),
  });
  return { ...base, now: new Date().toISOString(), random: random() };
}

// Streams from loadStream are cached, immutable objects: the answer is kept with each.
const segmentUse = new WeakMap<Stream, boolean>();

/** Whether any condition in the stream tests segment membership. */
function usesSegments(stream: Stream): boolean {
  let uses = segmentUse.get(stream);
  if (uses === undefined) {
    uses = JSON.stringify(stream.cards).includes('"type":"segment"');
    segmentUse.set(stream, uses);
  }
  return uses;
}
