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

/** The global dashboard: the eight metrics, the trend by day, top pages, top dialogues. */
export async function overviewReport(input: ReportInput): Promise<ReportBody> {
  const [byDay, byPage, byDialogue, dialogues] = await Promise.all([
    countEvents(input, [], { byDay: true, types: METRIC_TYPES }),
    countEvents(input, ["page"], { types: METRIC_TYPES }),
    countEvents(input, ["dialogue_id"], { types: METRIC_TYPES }),
    siteDialogues(input.db, input.siteId),
  ]);

  const pages = [...countsBy(byPage, (r) => r.page)]
    .sort(([pa, a], [pb, b]) => b.triggered - a.triggered || b.engaged - a.engaged || (pa < pb ? -1 : 1))
    .slice(0, TOP_ROWS);
  const top = [...countsBy(byDialogue, (r) => r.dialogue_id)]
    .map(([id, counts]) => ({ id, counts, dialogue: dialogues.get(id) }))
    .sort(
      (a, b) =>
        b.counts.triggered - a.counts.triggered ||
        b.counts.engaged - a.counts.engaged ||
        (a.id < b.id ? -1 : 1),
    )
    .slice(0, TOP_ROWS);

  return {
    totals: metricTotals(metricsOf(totalCounts(byDay))),
    tables: [
      trendTable(input, byDay),
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
