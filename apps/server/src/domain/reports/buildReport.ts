import type { Report, ReportName, ReportQuery } from "@parley/protocol/reports";
import { type Kysely, PostgresAdapter } from "kysely";
import { invalidField, notFound } from "../../errors";
import type { Database } from "../../store/schema";
import { dialogueReport } from "./dialogueReport";
import { dialoguesReport } from "./dialoguesReport";
import { liveChatReport } from "./liveChatReport";
import { meetingsReport } from "./meetingsReport";
import { overviewReport } from "./overviewReport";
import type { ReportBuilder } from "./reportInput";
import { reportRange } from "./reportRange";

const BUILDERS: Record<ReportName, ReportBuilder> = {
  overview: overviewReport,
  dialogues: dialoguesReport,
  dialogue: dialogueReport,
  meetings: meetingsReport,
  livechat: liveChatReport,
};

/**
 * One report of a site, for the JSON route, the CSV route and the REST API alike: the dates resolved
 * in the site's zone, the dialogue filter checked to be the site's.
 */
export async function buildReport(
  db: Kysely<Database>,
  siteId: string,
  name: ReportName,
  query: ReportQuery,
  nowMs: number,
  /** rawOnly: count from the raw events alone (bench/reports.ts's baseline). */
  options: { rawOnly?: boolean } = {},
): Promise<Report> {
  const site = await db.selectFrom("sites").select("time_zone").where("id", "=", siteId).executeTakeFirst();
  if (!site) throw notFound("Site");
  const range = reportRange(query, site.time_zone, nowMs);
  if (name === "dialogue" && !query.dialogueId)
    throw invalidField("dialogueId", "is required by this report");
  if (query.version !== undefined && !query.dialogueId) throw invalidField("version", "needs a dialogueId");
  if (query.dialogueId) {
    const dialogue = await db
      .selectFrom("dialogues")
      .select("id")
      .where("id", "=", query.dialogueId)
      .where("site_id", "=", siteId)
      .executeTakeFirst();
    if (!dialogue) throw notFound("Dialogue");
  }
  const filters = {
    dialogueId: query.dialogueId ?? null,
    kind: query.kind ?? null,
    version: query.version ?? null,
    visitors: query.visitors,
  };
  const build = (reader: Kysely<Database>) =>
    BUILDERS[name]({ db: reader, siteId, range, filters, nowMs, ...options });
  // PostgreSQL: every read of the report in one snapshot, so a roll-up committing between the read
  // of the roll-ups and the read of the raw events not rolled up yet cannot drop (or double) a day.
  // SQLite has one connection: a read transaction would hold every other request for the report's
  // time, so there a roll-up committing between two of the report's reads still leaves that one
  // read a day short (rare: the job rolls one day per 15 minutes; the next read is right).
  const body =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? await db.transaction().setIsolationLevel("repeatable read").execute(build)
      : await build(db);
  return {
    report: name,
    range: { from: range.from, to: range.to, timeZone: range.timeZone },
    filters,
    ...body,
  };
}
