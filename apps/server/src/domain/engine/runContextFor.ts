import { nowIso } from "../../lib/clock";
import type { RunContext } from "@parley/flow/runner/runContext";
import type { Stream } from "@parley/flow/stream";
import type { Kysely } from "kysely";
import type { Presence } from "../../presence/presence";
import type { ConversationTable, Database } from "../../store/schema";
import { listAgentStates } from "../agents/listAgentStates";
import { readLiveChatSettings } from "../agents/readLiveChatSettings";
import { parseGiven } from "../people/recordGiven";
import { visitorTrust } from "../people/visitorTrust";
import { conditionContextFor } from "../visitors/conditionContextFor";

/**
 * Everything the runner may look at for this conversation right now (`stream`: as loaded, before
 * localizing; null: assume it may test anything, as routing rules do). Tokens and conditions see the
 * stored person only for a visitor who may (visitorTrust); anyone else sees just what they gave, so
 * typing someone's email shows nothing of theirs. Agent availability is read only when a condition
 * asks for it: it costs the agent list and their heartbeats.
 */
export async function runContextFor(
  db: Kysely<Database>,
  presence: Presence,
  conversation: ConversationTable,
  stream: Stream | null,
  random: () => number,
): Promise<RunContext> {
  const base = await conditionContextFor(db, {
    siteId: conversation.site_id,
    visitorId: conversation.visitor_id,
    segments: stream === null || uses(stream, '"type":"segment"'),
  });
  const trust = await visitorTrust(db, conversation.visitor_id);
  const seen = trust.trusted ? base : { ...base, ...parseGiven(trust.given) };
  const availability =
    stream === null || uses(stream, '"type":"agentAvailability"')
      ? await availableNow(db, presence, conversation.site_id)
      : undefined;
  return { ...seen, ...(availability && { availability }), now: nowIso(), random: random() };
}

/** The agents who could take a chat now (available, below their limit) and the teams they are in. */
async function availableNow(db: Kysely<Database>, presence: Presence, siteId: string) {
  const agents = await listAgentStates(db, presence, siteId, await readLiveChatSettings(db, siteId));
  const eligible = agents.filter((a) => a.eligible);
  return {
    agentIds: eligible.map((a) => a.id),
    teamIds: [...new Set(eligible.flatMap((a) => a.teamIds))],
  };
}

// Streams from loadStream are cached, immutable objects: the answers are kept with each.
const usage = new WeakMap<Stream, Map<string, boolean>>();

/** Whether any card of the stream contains this JSON fragment (a condition type). */
function uses(stream: Stream, fragment: string): boolean {
  let known = usage.get(stream);
  if (!known) usage.set(stream, (known = new Map()));
  let found = known.get(fragment);
  if (found === undefined) {
    found = JSON.stringify(stream.cards).includes(fragment);
    known.set(fragment, found);
  }
  return found;
}
