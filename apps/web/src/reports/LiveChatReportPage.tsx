import { EmptyState } from "../ui/EmptyState";
import { ReportBody, tableOf } from "./ReportBody";
import { ReportChart } from "./ReportChart";
import { ReportFilters } from "./ReportFilters";
import { ReportsFrame, type ReportView } from "./ReportsFrame";
import { ReportTotals } from "./ReportTotals";

/** /reports/live-chat: chats requested, connected and missed, waits and lengths, by agent. */
export function LiveChatReportPage() {
  return (
    <ReportsFrame
      title="Live chat report"
      description="Chats visitors asked for in these days: how many an agent took, how long visitors waited, how long chats lasted, how fast agents answered. Time with the bot is not counted."
    >
      {(view) => <LiveChatReport view={view} />}
    </ReportsFrame>
  );
}

function LiveChatReport({ view }: { view: ReportView }) {
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
      <ReportBody view={view} name="livechat" what="the live chat report">
        {(report) => {
          const common = {
            siteId: view.siteId,
            report: "livechat" as const,
            query: view.query,
            locale: view.locale,
          };
          const requested = report.totals.find((t) => t.key === "requested")?.value ?? 0;
          return (
            <>
              <ReportTotals
                totals={report.totals}
                keys={[
                  "requested",
                  "connected",
                  "missed",
                  "connectionRate",
                  "avgQueueSeconds",
                  "avgChatSeconds",
                  "avgFirstResponseSeconds",
                ]}
                locale={view.locale}
              />
              {requested === 0 && (
                <EmptyState title="No live chat was requested in these days">
                  <p>
                    Chats count here when a visitor asks for a person through a Live chat card. Add one to a
                    dialogue, set agents available (Inbox), or pick more days.
                  </p>
                </EmptyState>
              )}
              <ReportChart
                {...common}
                table={tableOf(report, "trend", "Live chats by day")}
                series={["requested", "connected", "missed"]}
              />
              <ReportChart
                {...common}
                table={tableOf(report, "byAgent", "Live chats by agent")}
                series={["connected"]}
                empty={<p>No agent took a chat in these days.</p>}
              />
            </>
          );
        }}
      </ReportBody>
    </>
  );
}
