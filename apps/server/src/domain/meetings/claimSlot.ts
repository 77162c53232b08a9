import type { Slot } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import { clock } from "../../lib/clock";
import type { Presence } from "../../presence/presence";
import type { ConversationTable, Database, MeetingOfferTable } from "../../store/schema";
import { roundRobinTurn } from "../routing/pickRoundRobin";
import { lockPointer, movePointer } from "../routing/roundRobinPointer";
import { chooseMeetingHosts, type MeetingLogEntry } from "./chooseMeetingHosts";
import { HostSlots, slotAt } from "./hostSlots";
import { lockHost } from "./lockHost";
import type { MeetingHost } from "@parley/protocol/meetings";

export interface Claim {
  host: MeetingHost;
  slot: Slot;
  /** How the host was chosen: the stage, each turn skipped and why, the pick. */
  log: MeetingLogEntry[];
}

export interface ClaimInput {
  trx: Kysely<Database>;
  kind: "postgres" | "sqlite";
  presence: Presence;
  offer: MeetingOfferTable;
  conversation: ConversationTable;
  startMs: number;
}

/**
 * Inside the booking's transaction (the conversation already locked): the host who gets the
 * meeting at `startMs`, holding their time (lockHost) until the commit, or null when nobody the
 * offer routes to is free then. Round robin takes the pool in strict turn after the scope's pointer,
 * held locked, and moves it to the pick; a host without that start free is skipped (logged). Each
 * candidate's start is re-checked after their lock, so two visitors, or two nodes, can never both
 * take overlapping time of one host, whatever the starts and lengths. The caller inserts the
 * meeting before committing; the partial unique index on (host, start) backs it.
 */
export async function claimSlot(input: ClaimInput): Promise<Claim | null> {
  const { trx, kind, offer, startMs } = input;
  const now = clock().now();
  // Only the start matters below. Routing asks who has any time: the start answers for hosts free
  // then, the week from it for most others (a lost race), the horizon only for hosts free in neither.
  const window = { from: startMs, to: startMs + 1 };
  const atStart = new HostSlots(trx, now, window);
  const plan = await chooseMeetingHosts({
    db: trx,
    presence: input.presence,
    offer,
    conversation: input.conversation,
    withSlots: (ids) => atStart.withSlots(ids),
  });
  const log = [...plan.log];
  let turn = plan.hosts;
  let current = atStart;
  if (plan.scope) {
    const last = await lockPointer(trx, kind, offer.site_id, plan.scope);
    turn = roundRobinTurn(plan.ordered, plan.hosts, last);
    // Waiting for the pointer may have let another booking commit: read the start again.
    current = new HostSlots(trx, now, window);
  }
  log.push({
    kind: "considered",
    agentId: null,
    detail: { stage: plan.stage, scope: plan.scope, pool: turn.map((h) => h.id) },
  });
  const before = await current.of(turn.map((h) => h.id));
  for (const host of turn) {
    if (!slotAt(before.get(host.id), startMs)) {
      log.push(skippedEntry(host, plan.stage));
      continue;
    }
    // Free a moment ago; now under the host's lock, nothing can take it before this commits.
    await lockHost(trx, kind, host.id, {});
    const rechecked = await new HostSlots(trx, now, window).of([host.id]);
    const slot = slotAt(rechecked.get(host.id), startMs);
    if (!slot) {
      log.push(skippedEntry(host, plan.stage, { lost: true }));
      continue;
    }
    log.push({ kind: "picked", agentId: host.id, detail: { stage: plan.stage, agentName: host.name } });
    if (plan.scope) await movePointer(trx, offer.site_id, plan.scope, host.id);
    return { host, slot, log };
  }
  return null;
}

const skippedEntry = (
  host: MeetingHost,
  stage: string,
  extra: Record<string, unknown> = {},
): MeetingLogEntry => ({
  kind: "skipped",
  agentId: host.id,
  detail: { stage, reason: "no_free_slot", agentName: host.name, ...extra },
});
