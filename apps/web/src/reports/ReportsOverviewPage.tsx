import { DIALOGUE_METRICS } from "@parley/protocol/reports";
import { EmptyState } from "../ui/EmptyState";
import { dialogueCell } from "./DialogueReportLink";
import { tableOf } from "./ReportBody";
import { ReportChart } from "./ReportChart";
import { ReportsFrame } from "./ReportsFrame";
import { ReportTotals } from "./ReportTotals";

/** /reports: the site's dialogues and flows at a glance — totals, the trend, top pages and dialogues. */
export function ReportsOverviewPage() {
  return (
    <ReportsFrame
      title="Reports"
      description="How your dialogues and flows perform: visitors who saw them, answered, finished, left an email, booked or reached a goal."
      report="overview"
      what="the report"
    >
      {(report, base) => (
        <>
          <ReportTotals totals={report.totals} keys={DIALOGUE_METRICS} locale={base.locale} />
          {/* Nothing counted at all. */}
          {report.totals.every((t) => !t.value) && (
            <EmptyState title="Nothing was counted in these days">
              <p>
                Numbers appear once visitors meet a published dialogue or flow. Publish one (Dialogues), check
                that the site's snippet is installed, or pick more days above.
              </p>
            </EmptyState>
          )}
          <ReportChart
            {...base}
            table={tableOf(report, "trend", "Trend")}
            empty={<p>No day in this range has a dialogue shown. Pick more days.</p>}
          />
          <div className="report-grid">
            <ReportChart
              {...base}
              table={tableOf(report, "topPages", "Top pages")}
              series={["triggered", "engaged", "completed"]}
              empty={<p>No page showed a dialogue in these days.</p>}
            />
            <ReportChart
              {...base}
              table={tableOf(report, "topDialogues", "Top dialogues and flows")}
              series={["triggered", "engaged", "completed"]}
              renderCell={dialogueCell}
              empty={<p>No dialogue or flow was shown in these days.</p>}
            />
          </div>
        </>
      )}
    </ReportsFrame>
  );
}
