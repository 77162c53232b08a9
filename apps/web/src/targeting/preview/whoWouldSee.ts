import type { ConditionGroup } from "@parley/flow/conditions/condition";
import { explainPageMatch } from "@parley/flow/targeting/explainPageMatch";
import type { Trigger } from "@parley/protocol/dialogues";
import type { ConditionNames } from "../audience/describeCondition";
import { type StoredSchedule, scheduleStatus } from "../schedule/scheduleDraft";
import { type AudienceReason, explainAudience } from "./explainAudience";
import { contextOfSample, type SampleVisitor } from "./sampleVisitor";

export interface TargetingUnderTest {
  include: readonly string[];
  exclude: readonly string[];
  audience: ConditionGroup | null;
  trigger: Trigger;
}

export interface Verdict {
  shown: boolean;
  page: { holds: boolean; text: string };
  schedule: { holds: boolean; text: string };
  audience: { holds: boolean; text: string; reason: AudienceReason | null };
  /** When it would open, once the rest holds. */
  trigger: string;
}

/**
 * Would this sample visitor get the dialogue now? The page is tested with the server's URL rule,
 * the schedule at the explicit `now`, the audience with evaluateConditions. Priority and "shown once"
 * are not part of it: they depend on the other dialogues and on the visitor's history.
 */
export function whoWouldSee(input: {
  targeting: TargetingUnderTest;
  schedule: StoredSchedule;
  sample: SampleVisitor;
  segments: readonly { id: string; conditions: unknown }[];
  names: ConditionNames;
  now: string;
  /** Formats an instant for the sentences (the page's chosen zone). */
  formatInstant(iso: string): string;
}): Verdict {
  const { targeting, sample } = input;
  const page = pageVerdict(targeting, sample.url);
  const status = scheduleStatus(input.schedule, input.now);
  const schedule = {
    holds: status === "running",
    text:
      status === "before"
        ? `Not yet: the schedule starts ${input.formatInstant(input.schedule.start ?? "")}.`
        : status === "ended"
          ? `No longer: the schedule ended ${input.formatInstant(input.schedule.end ?? "")}.`
          : input.schedule.start || input.schedule.end
            ? "Within the schedule."
            : "No schedule: always on.",
  };
  const context = contextOfSample(sample, input.segments, input.now);
  const reason = targeting.audience ? explainAudience(targeting.audience, context, input.names) : null;
  const audience = {
    holds: reason?.holds ?? true,
    text:
      reason === null
        ? "Everyone: no audience is set."
        : reason.holds
          ? "The visitor is in the audience."
          : "The visitor is not in the audience.",
    reason,
  };
  return {
    shown: page.holds && schedule.holds && audience.holds,
    page,
    schedule,
    audience,
    trigger: describeTrigger(targeting.trigger),
  };
}

function pageVerdict(targeting: TargetingUnderTest, url: string): { holds: boolean; text: string } {
  if (url.trim() === "")
    return { holds: false, text: "Enter the page URL to test, such as https://example.com/pricing." };
  const match = explainPageMatch(targeting.include, targeting.exclude, url.trim());
  if (!match.validUrl)
    return { holds: false, text: "This is not a full URL: start it with https:// and the host name." };
  if (match.excludedBy !== null)
    return { holds: false, text: `Ruled out by the exclude pattern “${match.excludedBy}”.` };
  if (match.includedBy !== null)
    return { holds: true, text: `Selected by the include pattern “${match.includedBy}”.` };
  if (targeting.include.length === 0)
    return { holds: true, text: "No include patterns: every page is selected." };
  return { holds: false, text: "No include pattern matches this page." };
}

export function describeTrigger(trigger: Trigger): string {
  switch (trigger.kind) {
    case "immediately":
      return "It opens as soon as the page loads.";
    case "seconds_on_page":
      return `It opens after ${trigger.seconds} s on the page.`;
    case "seconds_on_site":
      return `It opens after ${trigger.seconds} s on the site.`;
    case "scroll":
      return `It opens once the visitor scrolls ${trigger.percent}% down the page.`;
    case "exit_intent":
      return "It opens when the visitor is about to leave the page.";
  }
}
