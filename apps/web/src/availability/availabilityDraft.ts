import type { AgentAvailability, UpdateAvailabilityBody } from "@parley/protocol/meetings";
import type { z } from "zod";
import { type BlockProblems, blockProblems, type DraftBlock, mergeBlocks } from "../agent/scheduleBlocks";
import type { FieldErrors } from "../forms/fieldErrorsOf";

/** A date override as the editor holds it: a day off (no blocks) or custom blocks on that day. */
export interface OverrideDraft {
  key: string;
  date: string;
  blocks: DraftBlock[];
}

/** The availability form's state: what was typed (numbers as text), keys for React. */
export interface AvailabilityDraft {
  timeZone: string;
  blocks: DraftBlock[];
  meetingMinutes: string;
  bufferMinutes: string;
  /** The minimum notice in hours (the server keeps minutes). */
  noticeHours: string;
  horizonDays: string;
  /** Empty: a start every meeting length. */
  slotStepMinutes: string;
  /** Empty: no cap. */
  dailyCap: string;
  overrides: OverrideDraft[];
  /** Empty: the site's link (or none). */
  videoUrl: string;
}

/** Suggested for someone who never saved: Monday to Friday, 09:00–17:00. */
const WORKING_WEEK = [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" }));

/**
 * The draft of a host's availability. Never saved: the browser's zone and a working week are the
 * better guesses (visitors cannot book anyone before they save).
 */
export function availabilityDraftOf(
  saved: AgentAvailability,
  browserZone: string,
  newKey: () => string,
): AvailabilityDraft {
  const fresh = !saved.configured;
  const blocks = fresh && saved.schedule.blocks.length === 0 ? WORKING_WEEK : saved.schedule.blocks;
  const hours = saved.noticeMinutes / 60;
  return {
    // The server's default zone is the host's agent-profile zone when they have one, else UTC.
    timeZone: fresh && saved.timeZone === "UTC" ? browserZone : saved.timeZone,
    blocks: blocks.map((b) => ({ ...b, key: newKey() })),
    meetingMinutes: String(saved.meetingMinutes),
    bufferMinutes: String(saved.bufferMinutes),
    noticeHours: String(Number.isInteger(hours) ? hours : Number(hours.toFixed(2))),
    horizonDays: String(saved.horizonDays),
    slotStepMinutes: saved.slotStepMinutes === null ? "" : String(saved.slotStepMinutes),
    dailyCap: saved.dailyCap === null ? "" : String(saved.dailyCap),
    overrides: [...saved.overrides]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((o) => ({
        key: newKey(),
        date: o.date,
        blocks: o.blocks.map((b) => ({ ...b, day: 0, key: newKey() })),
      })),
    videoUrl: saved.videoUrl ?? "",
  };
}

/** What the draft saves: blocks sorted and joined where they overlap, overrides by date. Call when valid. */
export function availabilityBodyOf(draft: AvailabilityDraft): z.input<typeof UpdateAvailabilityBody> {
  const optional = (text: string) => (text.trim() === "" ? null : toNumber(text));
  return {
    timeZone: draft.timeZone,
    schedule: { blocks: mergeBlocks(draft.blocks) },
    meetingMinutes: toNumber(draft.meetingMinutes),
    bufferMinutes: toNumber(draft.bufferMinutes),
    noticeMinutes: Math.round(toNumber(draft.noticeHours) * 60),
    horizonDays: toNumber(draft.horizonDays),
    slotStepMinutes: optional(draft.slotStepMinutes),
    dailyCap: optional(draft.dailyCap),
    overrides: [...draft.overrides]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((o) => ({
        date: o.date,
        blocks: mergeBlocks(o.blocks).map(({ start, end }) => ({ start, end })),
      })),
    videoUrl: draft.videoUrl.trim() === "" ? null : draft.videoUrl.trim(),
  };
}

/** The draft as compared for "unsaved changes": the body it would save, keys left out. */
export function draftFingerprint(draft: AvailabilityDraft): string {
  return JSON.stringify({
    ...draft,
    blocks: strip(draft.blocks),
    overrides: draft.overrides.map(stripOverride),
  });
}
const strip = (blocks: DraftBlock[]) => blocks.map(({ day, start, end }) => ({ day, start, end }));
const stripOverride = ({ date, blocks }: OverrideDraft) => ({ date, blocks: strip(blocks) });

export interface AvailabilityProblems {
  /** By field name; overrides as `override.<key>` (the date field). */
  fields: FieldErrors;
  /** Weekly and override blocks, by block key. */
  blocks: BlockProblems;
}

type NumberRule = { min: number; max: number; optional?: boolean; integer?: boolean; unit: string };
const NUMBER_RULES: Record<
  "meetingMinutes" | "bufferMinutes" | "noticeHours" | "horizonDays" | "slotStepMinutes" | "dailyCap",
  NumberRule
> = {
  meetingMinutes: { min: 5, max: 480, unit: "minutes" },
  bufferMinutes: { min: 0, max: 240, unit: "minutes" },
  noticeHours: { min: 0, max: 1440, integer: false, unit: "hours" },
  horizonDays: { min: 1, max: 365, unit: "days" },
  slotStepMinutes: { min: 5, max: 480, optional: true, unit: "minutes" },
  dailyCap: { min: 1, max: 50, optional: true, unit: "meetings" },
};

/** Everything the server would refuse, found before asking it, in the words shown at each field. */
export function availabilityProblems(draft: AvailabilityDraft): AvailabilityProblems {
  const fields: FieldErrors = {};
  for (const [key, rule] of Object.entries(NUMBER_RULES) as [keyof typeof NUMBER_RULES, NumberRule][]) {
    const problem = numberProblem(draft[key], rule);
    if (problem) fields[key] = problem;
  }
  const video = draft.videoUrl.trim();
  if (video && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(video))
    fields.videoUrl = "Must be a web address such as https://meet.example.com/ada";
  const blocks: BlockProblems = { ...blockProblems(draft.blocks) };
  const seen = new Set<string>();
  for (const override of draft.overrides) {
    const field = `override.${override.key}`;
    if (!isRealDay(override.date)) fields[field] = "Choose a day";
    else if (seen.has(override.date)) fields[field] = "This day already has an override";
    seen.add(override.date);
    Object.assign(blocks, blockProblems(override.blocks));
  }
  return { fields, blocks };
}

export function hasProblems(problems: AvailabilityProblems): boolean {
  return Object.keys(problems.fields).length + Object.keys(problems.blocks).length > 0;
}

function numberProblem(text: string, rule: NumberRule): string | undefined {
  const value = text.trim();
  if (value === "") return rule.optional ? undefined : "Required";
  const number = toNumber(value);
  if (!Number.isFinite(number)) return "Must be a number";
  if (rule.integer !== false && !Number.isInteger(number)) return "Must be a whole number";
  if (number < rule.min || number > rule.max) return `Between ${rule.min} and ${rule.max} ${rule.unit}`;
  return undefined;
}

function isRealDay(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === day;
}

/** A typed number; a decimal comma (1,5 hours) reads as a point. */
function toNumber(text: string): number {
  return Number(text.trim().replace(",", "."));
}
