import type { ReportQuery } from "@parley/protocol/reports";
import { z } from "zod";
import { day, oneOf, text } from "../people/peopleSearch";
import { DATE_PRESETS, DEFAULT_PRESET, presetRange } from "./reportDates";

/**
 * A report's filters as they sit in the URL's search (a filtered dashboard is a link to share).
 * Days are the site's: either a preset (resolved against today in the site's zone) or a custom
 * range. A value that does not fit is dropped, so a hand-edited link still opens the report.
 */
export const ReportSearch = z.object({
  /** One dialogue or flow. */
  dialogueId: text(64),
  /** Only dialogues or only flows (ignored with dialogueId). */
  kind: oneOf(["dialogue", "flow"]),
  visitors: oneOf(["known", "unknown"]),
  /** A preset, or "custom" with from/to; none: the default preset. */
  range: oneOf([...DATE_PRESETS, "custom"]),
  from: day,
  to: day,
  /** One version of dialogueId (the dialogue's report). */
  version: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
});
export type ReportSearch = z.infer<typeof ReportSearch>;

/** The range's days: a preset's, a custom range's (a missing end is today), the default preset's. */
export function reportDays(search: ReportSearch, today: string): { from: string; to: string } {
  if (search.range === "custom" && (search.from || search.to)) {
    const to = search.to ?? (search.from && search.from > today ? search.from : today);
    const from = search.from ?? to;
    return from <= to ? { from, to } : { from: to, to: from };
  }
  const preset = search.range && search.range !== "custom" ? search.range : DEFAULT_PRESET;
  return presetRange(preset, today);
}

/** The most days one report spans (the server's MAX_REPORT_DAYS: a year and a day). */
export const MAX_REPORT_DAYS = 367;

/** Why the range cannot be reported (said at the date fields, nothing asked), or null. */
export function reportDaysProblem(days: { from: string; to: string }): string | null {
  const span = (Date.parse(`${days.to}T00:00:00Z`) - Date.parse(`${days.from}T00:00:00Z`)) / 86_400_000 + 1;
  return span > MAX_REPORT_DAYS ? `At most ${MAX_REPORT_DAYS} days at once: pick a shorter range` : null;
}

/** What the report asks the server (and its query key): the days resolved, empty filters left out. */
export function reportQueryOf(search: ReportSearch, today: string): Partial<ReportQuery> {
  const query: Partial<ReportQuery> = { ...reportDays(search, today) };
  if (search.dialogueId) query.dialogueId = search.dialogueId;
  else if (search.kind) query.kind = search.kind;
  if (search.dialogueId && search.version) query.version = search.version;
  if (search.visitors) query.visitors = search.visitors;
  return query;
}

/** How many filters narrow the report beyond its default days. */
export function reportFilterCount(search: ReportSearch): number {
  return [
    search.dialogueId || search.kind,
    search.visitors,
    search.range && search.range !== DEFAULT_PRESET,
  ].filter(Boolean).length;
}
