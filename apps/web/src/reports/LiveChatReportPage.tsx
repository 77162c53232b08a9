import { EmptyState } from "../ui/EmptyState";
import { tableOf } from "./ReportBody";
import { ReportChart } from "./ReportChart";
import { ReportsFrame } from "./ReportsFrame";
import { ReportTotals } from "./ReportTotals";

const CARDS = [
  "requested",
  "connected",
  "missed",
  "connectionRate",
  "avgQueueSeconds",
  "avgChatSeconds",
  "avgFirstResponseSeconds",
];

/** /reports/live-chat: chats requested, connected and missed, waits and lengths, by agent. */
export function LiveChatReportPage() {
  return (
    <ReportsFrame
      title="Live chat report"
      description="Chats visitors asked for in these days: how many an agent took, how long visitors waited, how long chats lasted, how fast agents answered. Time with the bot is not counted."
      report="livechat"
      what="the live chat report"
    >
      {(report, base) => (
        <>
          <ReportTotals totals={report.totals} keys={CARDS} locale={base.locale} />
          {!report.totals.find((t) => t.key === "requested")?.value && (
            <EmptyState title="No live chat was requested in these days">
              <p>
                Chats count here when a visitor asks for a person through a Live chat card. Add one to a
                dialogue, set agents available (Inbox), or pick more days.
              </p>
            </EmptyState>
          )}
          <ReportChart
            {...base}
            table={tableOf(report, "trend", "Live chats by day")}
            series={["requested", "connected", "missed"]}
          />
          <ReportChart
            {...base}
            table={tableOf(report, "byAgent", "Live chats by agent")}
            series={["connected"]}
            empty={<p>No agent took a chat in these days.</p>}
          />
        </>
      )}
    </ReportsFrame>
  );
}
