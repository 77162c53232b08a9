import type { Kysely, SelectQueryBuilder } from "kysely";
import { sql } from "kysely";
import type { Database } from "../../store/schema";
import type { ReportInput } from "./reportInput";
import { localDay } from "./reportRange";

/** The report dimensions an event count can be grouped by (column names of events and report_rollups). */
export type CountDim = "dialogue_id" | "version" | "kind" | "page" | "card_id" | "branch";

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

/** A 15-minute bucket lies within one local day in every zone (offsets are whole quarter hours). */
const BUCKET_MS = 900_000;

/**
 * Counts a site's events by type and the given dimensions over the report's days and filters: the
 * days rolled up (report_rollups, up to report_rollup_state.rolled_until_ms) from the roll-ups, the
 * rest from the raw events, so a purge of rolled-up raw events changes nothing.
 */
export async function countEvents(
  input: ReportInput,
  dims: CountDim[],
  options: { byDay?: boolean; types: readonly string[]; dialogueId?: string; version?: number },
): Promise<EventCount[]> {
  const { db, siteId, range, filters } = input;
  const dialogueId = options.dialogueId ?? filters.dialogueId;
  const version = options.version ?? filters.version;
  const known = filters.visitors === "all" ? null : filters.visitors === "known" ? 1 : 0;
  const rolledUntil = input.rawOnly ? null : await rolledUntilMs(db, siteId);
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

  if (rolledUntil !== null) {
    let q = db
      .selectFrom("report_rollups")
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

  const startMs = rolledUntil === null ? range.startMs : Math.max(range.startMs, rolledUntil);
  if (startMs < range.endMs) {
    let q = db
      .selectFrom("events")
      .select((eb) => [...dims, "type", eb.fn.countAll<number>().as("count")] as const)
      .where("site_id", "=", siteId)
      .where("at_ms", ">=", startMs)
      .where("at_ms", "<", range.endMs)
      .where("type", "in", options.types)
      .groupBy([...dims, "type"]) as unknown as SelectQueryBuilder<
      Database,
      "events",
      Record<string, unknown>
    >;
    if (options.byDay)
      q = q.select(sql<number>`at_ms / ${sql.lit(BUCKET_MS)}`.as("bucket")).groupBy("bucket");
    if (dialogueId) q = q.where("dialogue_id", "=", dialogueId);
    if (filters.kind) q = q.where("kind", "=", filters.kind);
    if (version !== null && version !== undefined) q = q.where("version", "=", version);
    if (known !== null) q = q.where("known", "=", known);
    const days = new Map<number, string>();
    for (const row of await q.execute()) {
      let day = "";
      if (options.byDay) {
        const bucket = Number(row.bucket);
        day = days.get(bucket) ?? localDay(bucket * BUCKET_MS, range.timeZone);
        days.set(bucket, day);
      }
      push(row, day);
    }
  }
  return out;
}

/** Every event of the site before this instant is in the roll-ups; null: nothing rolled up yet. */
export async function rolledUntilMs(db: Kysely<Database>, siteId: string): Promise<number | null> {
  const state = await db
    .selectFrom("report_rollup_state")
    .select("rolled_until_ms")
    .where("site_id", "=", siteId)
    .executeTakeFirst();
  return state ? Number(state.rolled_until_ms) : null;
}
