import { DIALOGUE_METRICS } from "@parley/protocol/reports";
import { Link } from "@tanstack/react-router";
import { EmptyState } from "../ui/EmptyState";
import { ReportBody, tableOf } from "./ReportBody";
import { ReportChart } from "./ReportChart";
import type { ReportRow } from "./ReportDataTable";
import { ReportFilters } from "./ReportFilters";
import { ReportsFrame, type ReportView } from "./ReportsFrame";
import { ReportTotals } from "./ReportTotals";

/** /reports: the site's dialogues and flows at a glance — totals, the trend, top pages and dialogues. */
export function ReportsOverviewPage() {
  return (
    <ReportsFrame
      title="Reports"
      description="How your dialogues and flows perform: visitors who saw them, answered, finished, left an email, booked or reached a goal."
    >
      {(view) => <Overview view={view} />}
    </ReportsFrame>
  );
}

function Overview({ view }: { view: ReportView }) {
  return (
    <>
      <ReportFilters
        siteId={view.siteId}
        timeZone={view.site.timeZone}
        today={view.today}
        search={view.search}
        onChange={view.update}
        locale={view.locale}
      />
      <ReportBody view={view} name="overview" what="the report">
        {(report) => {
          const common = {
            siteId: view.siteId,
            report: "overview" as const,
            query: view.query,
            locale: view.locale,
          };
          // Nothing counted at all (a filter of known visitors may count engagements without triggers).
          const nothing = report.totals.every((t) => !t.value);
          return (
            <>
              <ReportTotals totals={report.totals} keys={DIALOGUE_METRICS} locale={view.locale} />
              {nothing && <NothingYet />}
              <ReportChart
                {...common}
                table={tableOf(report, "trend", "Trend")}
                empty={<p>No day in this range has a dialogue shown. Pick more days.</p>}
              />
              <div className="report-grid">
                <ReportChart
                  {...common}
                  table={tableOf(report, "topPages", "Top pages")}
                  series={["triggered", "engaged", "completed"]}
                  empty={<p>No page showed a dialogue in these days.</p>}
                />
                <ReportChart
                  {...common}
                  table={tableOf(report, "topDialogues", "Top dialogues and flows")}
                  series={["triggered", "engaged", "completed"]}
                  renderCell={(column, row, text) =>
                    column.key === "dialogue" ? <DialogueReportLink row={row} text={text} /> : text
                  }
                  empty={<p>No dialogue or flow was shown in these days.</p>}
                />
              </div>
            </>
          );
        }}
      </ReportBody>
    </>
  );
}

/**
 * A dialogue's name as a link to its own report: the Report tab of the dialogue or flow (routed by
 * the dialogues area, issue 12's funnel), keeping the days and visitors chosen here.
 */
function DialogueReportLink({ row, text }: { row: ReportRow; text: string }) {
  const id = typeof row.dialogueId === "string" ? row.dialogueId : null;
  if (!id) return text;
  const to = (row.kind === "flow" ? "/flows/$dialogueId/report" : "/dialogues/$dialogueId/report") as "/";
  return (
    <Link to={to} params={{ dialogueId: id } as never} search={keepDays as never}>
      {text}
    </Link>
  );
}

const keepDays = (previous: Record<string, unknown>) => ({
  range: previous.range,
  from: previous.from,
  to: previous.to,
  visitors: previous.visitors,
});

function NothingYet() {
  return (
    <EmptyState title="Nothing was counted in these days">
      <p>
        Numbers appear once visitors meet a published dialogue or flow. Publish one (Dialogues), check that
        the site's snippet is installed, or pick more days above.
      </p>
    </EmptyState>
  );
}
