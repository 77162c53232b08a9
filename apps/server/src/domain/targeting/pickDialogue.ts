import { ConditionGroup } from "@parley/flow/conditions/condition";
import type { ConditionContext } from "@parley/flow/conditions/conditionContext";
import { evaluateConditions } from "@parley/flow/conditions/evaluateConditions";
import { Targeting, type Trigger } from "@parley/protocol/dialogues";
import { parseJson } from "../../lib/json";
import { explainPageMatch } from "@parley/flow/targeting/explainPageMatch";
import type { TargetableDialogue } from "./siteDialoguesFor";

export interface PickedDialogue {
  id: string;
  name: string;
  version: number;
  trigger: Trigger;
  /** True when the visitor already engaged with it: it follows them and opens where they left off. */
  engaged: boolean;
}

const IMMEDIATELY: Trigger = { kind: "immediately" };

/**
 * The dialogue a visitor gets on a page (product.md §3):
 * 1. stickiness — a dialogue they engaged with and did not finish follows them, on the version they
 *    started, even if it was unpublished or republished since, and even on pages targeted by others;
 * 2. otherwise the highest-priority published dialogue in its schedule whose URL targeting and audience
 *    match, skipping dialogues the visitor completed or dropped (show once), unless the site lets them
 *    return after N days; a trigger already met in an earlier visit fires at once.
 */
export function pickDialogue(
  dialogues: readonly TargetableDialogue[],
  input: {
    url: string;
    context: ConditionContext;
    now: string;
    /** The site's "show again after N days"; null: a finished dialogue never returns. */
    restartAfterDays: number | null;
  },
): PickedDialogue | null {
  // The one the visitor engaged with most recently (any kind, even unpublished, unless archived).
  let engaged: TargetableDialogue | null = null;
  for (const d of dialogues) {
    if (d.seen?.status !== "engaged" || d.status === "archived") continue;
    if (!engaged?.seen || d.seen.updatedAt > engaged.seen.updatedAt) engaged = d;
  }
  if (engaged?.seen) {
    return {
      id: engaged.id,
      name: engaged.name,
      version: engaged.seen.version,
      trigger: IMMEDIATELY,
      engaged: true,
    };
  }

  for (const row of dialogues) {
    if (row.kind !== "dialogue" || row.status !== "published") continue;
    const seen = row.seen;
    const finished = seen?.status === "completed" || seen?.status === "dropped";
    if (finished && !mayRestart(seen.updatedAt, input.restartAfterDays, input.now)) continue;
    if (!inSchedule(row, input.now) || row.published_version === null) continue;
    const targeting = Targeting.parse(parseJson<object>(row.targeting, {}));
    if (!matchesPage(targeting, input.url)) continue;
    if (targeting.audience !== null) {
      const audience = ConditionGroup.safeParse(targeting.audience);
      if (!audience.success || !evaluateConditions(audience.data, input.context)) continue;
    }
    return {
      id: row.id,
      name: row.name,
      version: row.published_version,
      trigger: seen?.status === "triggered" ? IMMEDIATELY : targeting.trigger,
      engaged: false,
    };
  }
  return null;
}

function mayRestart(finishedAt: string, afterDays: number | null, now: string): boolean {
  if (afterDays === null) return false;
  return Date.parse(now) - Date.parse(finishedAt) >= afterDays * 24 * 60 * 60 * 1000;
}

export function inSchedule(
  row: Pick<TargetableDialogue, "schedule_start" | "schedule_end">,
  now: string,
): boolean {
  return (!row.schedule_start || row.schedule_start <= now) && (!row.schedule_end || now < row.schedule_end);
}

export function matchesPage(targeting: Targeting, url: string): boolean {
  return explainPageMatch(targeting.include, targeting.exclude, url).matches;
}
