import {
  COUNT_METRICS,
  countsBy,
  metricColumns,
  metricsOf,
  metricTotals,
  METRIC_TYPES,
  totalCounts,
} from "./dialogueMetrics";
import { countEvents } from "./eventCounts";
import type { ReportBody, ReportInput } from "./reportInput";
import { DELETED_DIALOGUE, siteDialogues } from "./siteDialogues";
import { trendTable } from "./trendTable";

/** How many pages and dialogues the top tables list. */
export const TOP_ROWS = 10;
/** How the top-pages table names conversations that started without a page address. */
export const NO_PAGE = "(no page)";

/**
 * The global dashboard: the eight metrics, the trend by day, top pages, top dialogues. The version
 * filter belongs to the dialogue report: the overview counts every version (pages are not per version).
 */
export async function overviewReport(report: ReportInput): Promise<ReportBody> {
  const input = { ...report, filters: { ...report.filters, version: null } };
  // One pass over the counts: by day, page and dialogue at once (the page roll-ups have all three).
  const [rows, dialogues] = await Promise.all([
    countEvents(input, ["page", "dialogue_id"], { byDay: true, types: METRIC_TYPES }),
    siteDialogues(input.db, input.siteId),
  ]);

  const pages = [...countsBy(rows, (r) => r.page)]
    .sort(([pa, a], [pb, b]) => b.triggered - a.triggered || b.engaged - a.engaged || (pa < pb ? -1 : 1))
    .slice(0, TOP_ROWS);
  const top = [...countsBy(rows, (r) => r.dialogue_id)]
    .map(([id, counts]) => ({ id, counts, dialogue: dialogues.get(id) }))
    .sort(
      (a, b) =>
        b.counts.triggered - a.counts.triggered ||
        b.counts.engaged - a.counts.engaged ||
        (a.id < b.id ? -1 : 1),
    )
    .slice(0, TOP_ROWS);

  return {
    totals: metricTotals(metricsOf(totalCounts(rows))),
    tables: [
      trendTable(input, rows),
      {
        id: "topPages",
        title: "Top pages",
        chart: "bar",
        columns: [{ key: "page", label: "Page", type: "text" }, ...metricColumns(COUNT_METRICS)],
        rows: pages.map(([page, counts]) => ({ page: page || NO_PAGE, ...counts })),
        notes: [],
      },
      {
        id: "topDialogues",
        title: "Top dialogues",
        chart: "bar",
        columns: [
          { key: "dialogueId", label: "Dialogue id", type: "id" },
          { key: "dialogue", label: "Dialogue", type: "text" },
          { key: "kind", label: "Kind", type: "text" },
          ...metricColumns(),
        ],
        rows: top.map(({ id, counts, dialogue }) => ({
          dialogueId: id,
          dialogue: dialogue?.name ?? DELETED_DIALOGUE,
          kind: dialogue?.kind ?? null,
          ...metricsOf(counts),
        })),
        notes: [],
      },
    ],
  };
}
