import { EmptyState } from "../ui/EmptyState";
import { dialogueCell } from "./DialogueReportLink";
import { tableOf } from "./ReportBody";
import { ReportChart } from "./ReportChart";
import { ReportsFrame } from "./ReportsFrame";
import { ReportTotals } from "./ReportTotals";

/** /reports/meetings: meetings booked, by agent and by dialogue, and how many happened. */
export function MeetingsReportPage() {
  return (
    <ReportsFrame
      title="Meetings report"
      description="Meetings booked in these days (by the day they were booked): by agent, by dialogue, how many happened, were cancelled or missed."
      report="meetings"
      what="the meetings report"
    >
      {(report, base) => (
        <>
          <ReportTotals totals={report.totals} locale={base.locale} />
          {!report.totals.find((t) => t.key === "booked")?.value && (
            <EmptyState title="No meeting was booked in these days">
              <p>
                Meetings count here when a visitor books one through a Meeting card, a live chat's fallback or
                a shared booking link. Add a Meeting card to a dialogue, or pick more days.
              </p>
            </EmptyState>
          )}
          <ReportChart
            {...base}
            table={tableOf(report, "trend", "Meetings booked by day")}
            series={["booked", "happened", "cancelled", "noShows"]}
          />
          <div className="report-grid">
            <ReportChart
              {...base}
              table={tableOf(report, "byAgent", "Meetings by agent")}
              series={["booked"]}
              empty={<p>No agent had a meeting booked in these days.</p>}
            />
            <ReportChart
              {...base}
              table={tableOf(report, "byDialogue", "Meetings by dialogue")}
              renderCell={dialogueCell}
              series={["booked"]}
              empty={<p>No dialogue booked a meeting in these days.</p>}
            />
          </div>
        </>
      )}
    </ReportsFrame>
  );
}
