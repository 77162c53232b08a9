import { z } from "zod";
import { Id } from "./common";
import { TimeZone } from "./schedule";

/**
 * Reports (product.md §9): every report answers one shape — totals (the cards), tables (each chart
 * draws one table; the CSV export of a table is the same rows) — so the numbers in cards, tables and
 * exports cannot disagree. Dates are the site's calendar days in its time zone (Site.timeZone).
 */

/** A calendar day, YYYY-MM-DD, in the site's time zone. */
export const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day such as 2026-12-01")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "is not a calendar day");

export const REPORT_NAMES = ["overview", "dialogues", "dialogue", "meetings", "livechat"] as const;
export const ReportName = z.enum(REPORT_NAMES);
export type ReportName = z.infer<typeof ReportName>;

/** Known visitors are those linked to a person (an email given, identified, or an answer saved to a person field). */
export const VisitorsFilter = z.enum(["all", "known", "unknown"]);
export type VisitorsFilter = z.infer<typeof VisitorsFilter>;

export const ReportQuery = z.strictObject({
  from: LocalDate.optional().describe("First day, in the site's zone; default: 29 days before `to`"),
  to: LocalDate.optional().describe("Last day (included), in the site's zone; default: today"),
  /** One dialogue or flow (required by the `dialogue` report). */
  dialogueId: Id.optional(),
  /** Only dialogues or only flows. */
  kind: z.enum(["dialogue", "flow"]).optional(),
  /** One published version of `dialogueId` (the `dialogue` report). */
  version: z.coerce.number().int().min(1).optional(),
  visitors: VisitorsFilter.default("all"),
});
export type ReportQuery = z.infer<typeof ReportQuery>;

export const ReportParams = z.strictObject({ siteId: Id, report: ReportName });
export const ReportCsvParams = z.strictObject({
  siteId: Id,
  report: ReportName,
  table: z.string().regex(/^[a-zA-Z]+$/, "is not a table of the report"),
});

/** How a value reads: counts are integers, rates are 0…1 (null when the divisor is 0), durations seconds. */
export const ReportValueType = z.enum(["text", "count", "rate", "seconds", "date", "id"]);
export type ReportValueType = z.infer<typeof ReportValueType>;

export const ReportColumn = z.object({
  key: z.string(),
  label: z.string(),
  type: ReportValueType,
});
export type ReportColumn = z.infer<typeof ReportColumn>;

export const ReportCell = z.union([z.string(), z.number(), z.null()]);
export type ReportCell = z.infer<typeof ReportCell>;

/** One table of a report: what its chart draws, its data table lists and its CSV holds. */
export const ReportTable = z.object({
  /** Stable name within the report (`trend`, `funnel`, `byAgent` …); the CSV route takes it. */
  id: z.string(),
  title: z.string(),
  /** The chart the app draws for it, or none (a table only). */
  chart: z.enum(["line", "bar", "funnel", "none"]),
  columns: z.array(ReportColumn),
  rows: z.array(z.record(z.string(), ReportCell)),
  /** Said under the table (e.g. an A/B split's significance). */
  notes: z.array(z.string()).default([]),
});
export type ReportTable = z.infer<typeof ReportTable>;

/** One number card; `key` is a metric of docs/reports-metrics.md. */
export const ReportTotal = z.object({
  key: z.string(),
  label: z.string(),
  type: ReportValueType,
  value: z.number().nullable(),
});
export type ReportTotal = z.infer<typeof ReportTotal>;

export const Report = z.object({
  report: ReportName,
  /** The days counted, resolved in the site's zone. */
  range: z.object({ from: LocalDate, to: LocalDate, timeZone: TimeZone }),
  filters: z.object({
    dialogueId: Id.nullable(),
    kind: z.enum(["dialogue", "flow"]).nullable(),
    version: z.number().int().nullable(),
    visitors: VisitorsFilter,
  }),
  totals: z.array(ReportTotal),
  tables: z.array(ReportTable),
});
export type Report = z.infer<typeof Report>;

/**
 * The dialogue metrics' keys (docs/reports-metrics.md defines each). Every dialogue report's totals
 * and its per-dialogue/per-version rows use these keys.
 */
export const DIALOGUE_METRICS = [
  "triggered",
  "engaged",
  "completed",
  "peopleAcquired",
  "meetingsBooked",
  "goalsReached",
  "engagementRate",
  "conversionRate",
] as const;
export type DialogueMetric = (typeof DIALOGUE_METRICS)[number];
