import { EmptyState } from "../ui/EmptyState";
import { ReportBody, tableOf } from "./ReportBody";
import { ReportChart } from "./ReportChart";
import { ReportFilters } from "./ReportFilters";
import { ReportsFrame, type ReportView } from "./ReportsFrame";
import { ReportTotals } from "./ReportTotals";

/** /reports/meetings: meetings booked, by agent and by dialogue, and how many happened. */
export function MeetingsReportPage() {
  return (
    <ReportsFrame
      title="Meetings report"
      description="Meetings booked in these days (by the day they were booked): by agent, by dialogue, how many happened, were cancelled or missed."
    >
      {(view) => <MeetingsReport view={view} />}
    </ReportsFrame>
  );
}

function MeetingsReport({ view }: { view: ReportView }) {
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
      <ReportBody view={view} name="meetings" what="the meetings report">
        {(report) => {
          const common = {
            siteId: view.siteId,
            report: "meetings" as const,
            query: view.query,
            locale: view.locale,
          };
          const booked = report.totals.find((t) => t.key === "booked")?.value ?? 0;
          return (
            <>
              <ReportTotals totals={report.totals} locale={view.locale} />
              {booked === 0 && (
                <EmptyState title="No meeting was booked in these days">
                  <p>
                    Meetings count here when a visitor books one through a Meeting card, a live chat's
                    fallback or a shared booking link. Add a Meeting card to a dialogue, or pick more days.
                  </p>
                </EmptyState>
              )}
              <ReportChart
                {...common}
                table={tableOf(report, "trend", "Meetings booked by day")}
                series={["booked", "happened", "cancelled", "noShows"]}
              />
              <div className="report-grid">
                <ReportChart
                  {...common}
                  table={tableOf(report, "byAgent", "Meetings by agent")}
                  series={["booked"]}
                  empty={<p>No agent had a meeting booked in these days.</p>}
                />
                <ReportChart
                  {...common}
                  table={tableOf(report, "byDialogue", "Meetings by dialogue")}
                  series={["booked"]}
                  empty={<p>No dialogue booked a meeting in these days.</p>}
                />
              </div>
            </>
          );
        }}
      </ReportBody>
    </>
  );
}
