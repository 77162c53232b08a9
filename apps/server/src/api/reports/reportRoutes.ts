import { Report, ReportCsvParams, ReportParams, ReportQuery } from "@parley/protocol/reports";
import { z } from "zod";
import { buildReport } from "../../domain/reports/buildReport";
import { reportTable, reportTableCsv } from "../../domain/reports/reportCsv";
import { clock } from "../../lib/clock";
import type { App, AppContext } from "../context";
import { reportExamples } from "./reportExamples";

const tags = ["reports"];

/**
 * The reports (docs/reports-metrics.md): one JSON route per report, and the CSV of any of its tables
 * built from the very same report, so a table and its export cannot differ.
 */
export function reportRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/sites/:siteId/reports/:report",
    {
      schema: {
        tags,
        summary: "Read a report",
        description:
          "One report of the site (overview, dialogues, dialogue, meetings, livechat) over site-local days: number cards (`totals`) and tables, each table the data of one chart.",
        params: ReportParams,
        querystring: ReportQuery,
        response: { 200: Report },
      },
      config: { policy: "reports.view", examples: reportExamples.report },
    },
    async (request) =>
      buildReport(db, request.params.siteId, request.params.report, request.query, clock().now()),
  );
  app.get(
    "/api/sites/:siteId/reports/:report/:table.csv",
    {
      schema: {
        tags,
        summary: "Export a report table as CSV",
        description:
          "The rows of one table of a report, with the same filters, exactly as the JSON report holds them (rates as fractions, durations in seconds).",
        params: ReportCsvParams,
        querystring: ReportQuery,
        response: { 200: z.string() },
      },
      config: { policy: "reports.export", examples: reportExamples.csv },
    },
    async (request, reply) => {
      const { siteId, report: name, table: tableId } = request.params;
      const report = await buildReport(db, siteId, name, request.query, clock().now());
      const table = reportTable(report, tableId);
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header(
          "content-disposition",
          `attachment; filename="${name}-${tableId}-${report.range.from}-${report.range.to}.csv"`,
        )
        .send(reportTableCsv(table));
    },
  );
}
