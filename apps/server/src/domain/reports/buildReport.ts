import type { Report, ReportName, ReportQuery } from "@parley/protocol/reports";
import type { Kysely } from "kysely";
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
  const body = await BUILDERS[name]({ db, siteId, range, filters, nowMs, ...options });
  return {
    report: name,
    range: { from: range.from, to: range.to, timeZone: range.timeZone },
    filters,
    ...body,
  };
}
