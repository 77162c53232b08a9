import type { Stream } from "@parley/flow/stream";
import type { ReportTable } from "@parley/protocol/reports";
import { addCount, rate, zeroCounts, type Counts } from "./dialogueMetrics";
import type { EventCount } from "./eventCounts";
import { significanceNote } from "./splitSignificance";

/** The pairs of an events.branch string (`s1:a,s2:c`): split card id → branch id. */
export function branchPairs(branch: string): [string, string][] {
  return branch ? branch.split(",").map((p) => p.split(":") as [string, string]) : [];
}

/**
 * The A/B comparison of one version: per split card and branch, the conversations sent down it
 * (split_assigned) and what those conversations did after it (events on that branch), with rates
 * over the branch's conversations and a significance note per branch against the first branch.
 */
export function splitsTable(stream: Stream | null, rows: EventCount[]): ReportTable {
  const counts = new Map<string, Counts & { conversations: number }>();
  const of = (splitId: string, branchId: string) => {
    const key = `${splitId}:${branchId}`;
    let c = counts.get(key);
    if (!c) counts.set(key, (c = { ...zeroCounts(), conversations: 0 }));
    return c;
  };
  for (const row of rows)
    for (const [splitId, branchId] of branchPairs(row.branch)) {
      if (row.type === "split_assigned") {
        if (row.card_id === splitId) of(splitId, branchId).conversations += row.count;
      } else addCount(of(splitId, branchId), row);
    }

  const out: ReportTable["rows"] = [];
  const notes: string[] = [];
  for (const card of stream?.cards ?? []) {
    if (card.type !== "split") continue;
    const split = card.name?.trim() || card.id;
    const branches = card.branches.map((b) => ({ branch: b, c: of(card.id, b.id) }));
    for (const { branch, c } of branches)
      out.push({
        splitCardId: card.id,
        split,
        branchId: branch.id,
        branch: branch.name?.trim() || branch.id,
        conversations: c.conversations,
        engaged: c.engaged,
        completed: c.completed,
        peopleAcquired: c.peopleAcquired,
        goalsReached: c.goalsReached,
        meetingsBooked: c.meetingsBooked,
        engagementRate: rate(c.engaged, c.conversations),
        completionRate: rate(c.completed, c.conversations),
        acquisitionRate: rate(c.peopleAcquired, c.conversations),
      });
    const [base, ...others] = branches.map(({ branch, c }) => ({
      name: branch.name?.trim() || branch.id,
      c,
    }));
    for (const other of base ? others : []) {
      const outcome = (n: typeof base, x: number) => ({
        name: n!.name,
        n: n!.c.conversations,
        x: Math.min(x, n!.c.conversations),
      });
      notes.push(
        significanceNote(
          split,
          "completion",
          outcome(base, base!.c.completed),
          outcome(other, other.c.completed),
        ),
        significanceNote(
          split,
          "people acquired",
          outcome(base, base!.c.peopleAcquired),
          outcome(other, other.c.peopleAcquired),
        ),
      );
    }
  }
  return {
    id: "splits",
    title: "A/B splits",
    chart: "bar",
    columns: [
      { key: "splitCardId", label: "Split card id", type: "id" },
      { key: "split", label: "Split", type: "text" },
      { key: "branchId", label: "Branch id", type: "id" },
      { key: "branch", label: "Branch", type: "text" },
      { key: "conversations", label: "Conversations", type: "count" },
      { key: "engaged", label: "Engaged", type: "count" },
      { key: "completed", label: "Completed", type: "count" },
      { key: "peopleAcquired", label: "People acquired", type: "count" },
      { key: "goalsReached", label: "Goals reached", type: "count" },
      { key: "meetingsBooked", label: "Meetings booked", type: "count" },
      { key: "engagementRate", label: "Engagement rate", type: "rate" },
      { key: "completionRate", label: "Completion rate", type: "rate" },
      { key: "acquisitionRate", label: "Acquisition rate", type: "rate" },
    ],
    rows: out,
    notes,
  };
}
