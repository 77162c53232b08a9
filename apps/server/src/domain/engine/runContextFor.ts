import { nowIso } from "../../lib/clock";
import type { RunContext } from "@parley/flow/runner/runContext";
import type { Stream } from "@parley/flow/stream";
import type { Kysely } from "kysely";
import type { ConversationTable, Database } from "../../store/schema";
import { parseGiven } from "../people/recordGiven";
import { visitorTrust } from "../people/visitorTrust";
import { conditionContextFor } from "../visitors/conditionContextFor";

/**
 * Everything the runner may look at for this conversation right now (`stream`: as loaded, before
 * localizing). Tokens and conditions see the stored person only for a visitor who may (visitorTrust);
 * anyone else sees just what they gave, so typing someone's email shows nothing of theirs.
 */
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
  const trust = await visitorTrust(db, conversation.visitor_id);
  const seen = trust.trusted ? base : { ...base, ...parseGiven(trust.given) };
  return { ...seen, now: nowIso(), random: random() };
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
