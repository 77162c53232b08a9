import type { ConditionGroup } from "@parley/flow/conditions/condition";
import { ConditionGroup as ConditionGroupSchema } from "@parley/flow/conditions/condition";
import type { Dialogue, Targeting, Trigger } from "@parley/protocol/dialogues";
import { isApiError } from "../api/ApiError";
import {
  type ScheduleDraft,
  type StoredSchedule,
  scheduleDraftOf,
  storedScheduleOf,
} from "./schedule/scheduleDraft";

/** A dialogue's targeting as the page edits it. */
export interface TargetingDraft {
  include: string[];
  exclude: string[];
  /** null: everyone (no audience). */
  audience: ConditionGroup | null;
  trigger: Trigger;
  schedule: ScheduleDraft;
}

export function targetingDraftOf(
  dialogue: Pick<Dialogue, "targeting" | "schedule">,
  zone: string,
): TargetingDraft {
  const audience = ConditionGroupSchema.safeParse(dialogue.targeting.audience);
  return {
    include: [...dialogue.targeting.include],
    exclude: [...dialogue.targeting.exclude],
    audience: dialogue.targeting.audience === null || !audience.success ? null : audience.data,
    trigger: dialogue.targeting.trigger,
    schedule: scheduleDraftOf(dialogue.schedule, zone),
  };
}

export type TargetingBody =
  | { ok: true; targeting: Targeting; schedule: StoredSchedule }
  | { ok: false; errors: Record<string, string> };

/** The PATCH body, with blank pattern rows left out; the schedule's own mistakes are named per field. */
export function targetingBodyOf(draft: TargetingDraft): TargetingBody {
  const schedule = storedScheduleOf(draft.schedule);
  if (!schedule.ok)
    return {
      ok: false,
      errors: Object.fromEntries(Object.entries(schedule.errors).map(([k, v]) => [`schedule.${k}`, v])),
    };
  const patterns = (list: readonly string[]) => list.map((p) => p.trim()).filter(Boolean);
  return {
    ok: true,
    targeting: {
      include: patterns(draft.include),
      exclude: patterns(draft.exclude),
      audience: draft.audience,
      trigger: draft.trigger,
    },
    schedule: schedule.schedule,
  };
}

/** Whether the draft would save something other than what is stored (blank rows and zone aside). */
export function isTargetingDirty(
  draft: TargetingDraft,
  saved: Pick<Dialogue, "targeting" | "schedule">,
): boolean {
  const body = targetingBodyOf(draft);
  if (!body.ok) return true;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const instant = (iso: string | null) => (iso === null ? null : Date.parse(iso));
  return !(
    same(body.targeting.include, saved.targeting.include) &&
    same(body.targeting.exclude, saved.targeting.exclude) &&
    same(body.targeting.audience, saved.targeting.audience) &&
    same(body.targeting.trigger, saved.targeting.trigger) &&
    instant(body.schedule.start) === instant(saved.schedule.start) &&
    instant(body.schedule.end) === instant(saved.schedule.end)
  );
}

/** The audience's problems the server named (`details.problems`), in its words. */
export function audienceProblemsOf(error: unknown): string[] {
  if (!isApiError(error) || error.code !== "validation_failed") return [];
  const details = error.details as { problems?: unknown } | undefined;
  if (!details || !Array.isArray(details.problems)) return [];
  return details.problems.filter((p): p is string => typeof p === "string").map(plainProblem);
}

/** "audience.conditions.1.conditions.0.value: Invalid input" reads "Condition 2.1 (value): Invalid input". */
function plainProblem(problem: string): string {
  const m = /^(?:audience|segment)\.((?:conditions\.\d+\.?)+)([\w.]*): (.*)$/.exec(problem);
  if (!m?.[1]) return capital(problem);
  const number = [...m[1].matchAll(/conditions\.(\d+)/g)].map((x) => Number(x[1]) + 1).join(".");
  return `Condition ${number}${m[2] ? ` (${m[2]})` : ""}: ${m[3]}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
