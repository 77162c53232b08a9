import type { ReportTable } from "@parley/protocol/reports";
import { useEffect, useRef, useState } from "react";
import type * as ChartJs from "./chartJs";
import { categoryText, type ChartPlan, chartSummary, SERIES_COLOURS } from "./chartSeries";
import { formatReportValue } from "./formatReportValue";

interface ChartCanvasProps {
  table: ReportTable;
  plan: ChartPlan;
  locale?: string;
}

let loading: Promise<typeof ChartJs> | null = null;
/** chart.js, loaded once, the first time a report draws a chart. */
const loadChartJs = () => (loading ??= import("./chartJs"));

/**
 * One chart drawn by Chart.js on a canvas. The canvas is an image to assistive technology, named by
 * a summary of what it shows; the data table beside it holds the values. No animation: the numbers
 * show at once (and a test can read a finished drawing).
 */
export function ChartCanvas({ table, plan, locale }: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const summary = chartSummary(table, plan, locale);

  useEffect(() => {
    let chart: { destroy(): void } | null = null;
    let cancelled = false;
    loadChartJs().then(
      ({ Chart }) => {
        if (cancelled || !canvas.current) return;
        const labels = table.rows.map((row) => categoryText(plan.label, row[plan.label.key], locale));
        const valueAxis = plan.horizontal ? "x" : "y";
        const valueType = plan.series[0]!.type;
        chart = new Chart(canvas.current, {
          type: plan.type,
          data: {
            labels,
            datasets: plan.series.map((column, index) => {
              const colour = SERIES_COLOURS[index % SERIES_COLOURS.length]!;
              return {
                label: column.label,
                data: table.rows.map((row) => {
                  const value = row[column.key];
                  return typeof value === "number" ? value : null;
                }),
                borderColor: colour,
                backgroundColor: colour,
                borderWidth: 2,
                maxBarThickness: 28,
                pointRadius: table.rows.length > 45 ? 0 : 3,
                // Straight segments: a curve would draw values between days that no day has.
                tension: 0,
              };
            }),
          },
          options: {
            animation: false,
            maintainAspectRatio: false,
            responsive: true,
            indexAxis: plan.horizontal ? "y" : "x",
            interaction: { mode: "index", intersect: false },
            plugins: {
              legend: { display: plan.series.length > 1, position: "bottom" },
              tooltip: {
                callbacks: {
                  label: (item) =>
                    `${item.dataset.label}: ${formatReportValue(plan.series[item.datasetIndex]!.type, item.raw as number | null, locale)}`,
                },
              },
            },
            scales: {
              [valueAxis]: {
                beginAtZero: true,
                ticks: {
                  precision: 0,
                  callback: (value: string | number) => formatReportValue(valueType, Number(value), locale),
                },
              },
            },
          },
        });
      },
      (error: unknown) => {
        if (!cancelled) setFailed(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [table, plan, locale]);

  if (failed) {
    return (
      <p className="report-chart-failed" role="status">
        The chart could not be drawn ({failed}); the table holds its values.
      </p>
    );
  }
  const height = plan.horizontal ? Math.max(160, table.rows.length * 30 + 60) : 260;
  return (
    <div className="report-chart-canvas" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={summary} data-report-chart={table.id}>
        {summary}
      </canvas>
    </div>
  );
}
