import type { ReportTable } from "@parley/protocol/reports";
import { describe, expect, test } from "vitest";
import { chartPlan, chartSummary, visibleColumns } from "./chartSeries";

const trend: ReportTable = {
  id: "trend",
  title: "Trend",
  chart: "line",
  columns: [
    { key: "day", label: "Day", type: "date" },
    { key: "triggered", label: "Triggered", type: "count" },
    { key: "engaged", label: "Engaged", type: "count" },
    { key: "engagementRate", label: "Engagement rate", type: "rate" },
  ],
  rows: [
    { day: "2027-03-01", triggered: 4, engaged: 1, engagementRate: 0.25 },
    { day: "2027-03-02", triggered: 10, engaged: 5, engagementRate: 0.5 },
    { day: "2027-03-03", triggered: 0, engaged: 0, engagementRate: null },
  ],
  notes: [],
};

const byAgent: ReportTable = {
  id: "byAgent",
  title: "By agent",
  chart: "bar",
  columns: [
    { key: "agentId", label: "Agent id", type: "id" },
    { key: "agent", label: "Agent", type: "text" },
    { key: "connected", label: "Connected", type: "count" },
    { key: "avgChatSeconds", label: "Average chat", type: "seconds" },
  ],
  rows: [
    { agentId: "u1", agent: "Ada", connected: 3, avgChatSeconds: 200 },
    { agentId: "u2", agent: "Grace", connected: 7, avgChatSeconds: 65 },
  ],
  notes: [],
};

describe("what a chart draws of a table", () => {
  test("a trend is a line of days with every count (rates are not drawn on the counts' axis)", () => {
    const plan = chartPlan(trend)!;
    expect(plan.type).toBe("line");
    expect(plan.horizontal).toBe(false);
    expect(plan.label.key).toBe("day");
    expect(plan.series.map((c) => c.key)).toEqual(["triggered", "engaged"]);
  });

  test("named things lie as horizontal bars; id columns are never shown or drawn", () => {
    const plan = chartPlan(byAgent, ["connected"])!;
    expect(plan).toMatchObject({ type: "bar", horizontal: true });
    expect(plan.label.key).toBe("agent");
    expect(visibleColumns(byAgent).map((c) => c.key)).toEqual(["agent", "connected", "avgChatSeconds"]);
    // Asked for columns the table lacks: the default series.
    expect(chartPlan(byAgent, ["booked"])!.series.map((c) => c.key)).toEqual(["connected"]);
    expect(chartPlan(byAgent, ["avgChatSeconds"])!.series.map((c) => c.key)).toEqual(["avgChatSeconds"]);
    expect(chartPlan({ ...byAgent, chart: "none" })).toBeNull();
  });

  test("the chart's spoken summary gives totals, the busiest category and where the values are", () => {
    expect(chartSummary(trend, chartPlan(trend)!, "en-GB")).toBe(
      'Line chart: Trend, 3 days, 1 Mar to 3 Mar. Triggered: 14 in all, most 10 (2 Mar); Engaged: 6 in all, most 5 (2 Mar). The table "Trend" lists every value.',
    );
    expect(chartSummary(byAgent, chartPlan(byAgent, ["avgChatSeconds"])!, "en-GB")).toBe(
      'Horizontal bar chart: By agent, 2 rows, one per agent. Average chat: from 1:05 to 3:20. The table "By agent" lists every value.',
    );
  });
});
