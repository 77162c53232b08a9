import type { Kysely, SelectQueryBuilder } from "kysely";
import { sql } from "kysely";
import { DateTime } from "luxon";
import type { Database, ReportPageRollupTable, ReportRollupTable } from "../../store/schema";
import { knownWanted, type ReportInput } from "./reportInput";
import { localDay } from "../../lib/instant";

/**
 * The report dimensions an event count can be grouped by (columns of events and of the roll-ups):
 * `page` only alone or with dialogue_id and kind (report_page_rollups), the others together.
 */
export type CountDim = "dialogue_id" | "version" | "kind" | "page" | "card_id" | "branch";
const PAGE_DIMS = new Set<CountDim>(["page", "dialogue_id", "kind"]);

/** Event types whose card is kept in the roll-ups (the funnel and the splits read it); they carry no page. */
export const CARD_EVENT_TYPES = ["card_visited", "dropped", "split_assigned"] as const;

/** One count: the dimensions asked for ('' / 0 when absent), the site-local day when asked for, the type. */
export interface EventCount {
  dialogue_id: string;
  version: number;
  kind: string;
  page: string;
  card_id: string;
  branch: string;
  day: string;
  type: string;
  count: number;
}

interface RollupTables {
  report_rollups: Omit<ReportRollupTable, "page"> & Pick<ReportPageRollupTable, "page">;
}

/**
 * Counts a site's events by type and the given dimensions over the report's days and filters: the
 * roll-ups (report_rollups) plus the raw events not rolled up yet (`rolled` 0: today's, a late
 * one's), so each event counts once and a purge of rolled-up raw events changes nothing. A
 * conversation's repeated outcome (`repeated` 1) counts in neither.
 */
export async function countEvents(
  input: ReportInput,
  dims: CountDim[],
  options: { byDay?: boolean; types: readonly string[]; dialogueId?: string; version?: number },
): Promise<EventCount[]> {
  const { db, siteId, range, filters } = input;
  const dialogueId = options.dialogueId ?? filters.dialogueId;
  const version = options.version ?? filters.version;
  const known = knownWanted(filters.visitors);
  const out: EventCount[] = [];
  const push = (row: Record<string, unknown>, day: string) =>
    out.push({
      dialogue_id: String(row.dialogue_id ?? ""),
      version: Number(row.version ?? 0),
      kind: String(row.kind ?? ""),
      page: String(row.page ?? ""),
      card_id: String(row.card_id ?? ""),
      branch: String(row.branch ?? ""),
      day,
      type: String(row.type),
      count: Number(row.count),
    });

  const byPage = dims.includes("page");
  if (byPage && dims.some((d) => !PAGE_DIMS.has(d))) throw new Error(`no page roll-up by ${dims.join(", ")}`);
  if (byPage && version !== null && version !== undefined) throw new Error("no page roll-up by version");
  if (!input.rawOnly) {
    // Both roll-up tables read alike; typed as one so the dimensions can be chosen at run time.
    const table = (byPage ? "report_page_rollups" : "report_rollups") as "report_rollups";
    let q = (db as unknown as Kysely<RollupTables>)
      .selectFrom(table)
      .select((eb) => [...dims, "type", eb.fn.sum<number>("count").as("count")] as const)
      .where("site_id", "=", siteId)
      .where("day", ">=", range.from)
      .where("day", "<=", range.to)
      .where("type", "in", options.types)
      .groupBy([...dims, "type"]);
    if (options.byDay) q = q.select("day").groupBy("day");
    if (dialogueId) q = q.where("dialogue_id", "=", dialogueId);
    if (filters.kind) q = q.where("kind", "=", filters.kind);
    if (version !== null && version !== undefined) q = q.where("version", "=", version);
    if (known !== null) q = q.where("known", "=", known);
    for (const row of (await q.execute()) as Record<string, unknown>[]) push(row, String(row.day ?? ""));
  }

  const startMs = range.startMs;
  if (startMs < range.endMs) {
    let q = db
      .selectFrom("events")
      .select((eb) => [...dims, "type", eb.fn.countAll<number>().as("count")] as const)
      .where("site_id", "=", siteId)
      .where("at_ms", ">=", startMs)
      .where("at_ms", "<", range.endMs)
      .where(sql.ref("repeated"), "=", sql.lit(0))
      // No type condition: the (site_id, at_ms) index serves the time window; other types are skipped below.
      .groupBy([...dims, "type"]) as unknown as SelectQueryBuilder<
      Database,
      "events",
      Record<string, unknown>
    >;
    // The local days of the raw window: one (today, usually) needs no grouping; more are told apart
    // by their first instants (a CASE over the day boundaries, counted in the database).
    const days = daysBetween(startMs, range.endMs, range.timeZone);
    if (options.byDay && days.length > 1) {
      const dayIndex = sql<number>`case ${sql.join(
        days.slice(1).map((d, i) => sql`when at_ms < ${sql.lit(d.startMs)} then ${sql.lit(i)}`),
        sql` `,
      )} else ${sql.lit(days.length - 1)} end`;
      q = q.select(dayIndex.as("day_index")).groupBy("day_index");
    }
    if (dialogueId) q = q.where("dialogue_id", "=", dialogueId);
    if (filters.kind) q = q.where("kind", "=", filters.kind);
    if (version !== null && version !== undefined) q = q.where("version", "=", version);
    if (known !== null) q = q.where("known", "=", known);
    // A literal 0, so the partial indexes of the events not rolled up yet (0022) serve the window.
    if (!input.rawOnly) q = q.where(sql.ref("rolled"), "=", sql.lit(0));
    const wanted = new Set(options.types);
    for (const row of await q.execute()) {
      if (!wanted.has(String(row.type))) continue;
      push(row, options.byDay ? days[days.length > 1 ? Number(row.day_index) : 0]!.day : "");
    }
  }
  return out;
}

/** The site-local days that [fromMs, toMs) touches, each with the instant it starts (the first: fromMs). */
function daysBetween(fromMs: number, toMs: number, timeZone: string): { day: string; startMs: number }[] {
  const days = [{ day: localDay(fromMs, timeZone), startMs: fromMs }];
  for (;;) {
    const next = DateTime.fromMillis(days.at(-1)!.startMs, { zone: timeZone })
      .plus({ days: 1 })
      .startOf("day")
      .toMillis();
    if (next >= toMs) return days;
    days.push({ day: localDay(next, timeZone), startMs: next });
  }
}
