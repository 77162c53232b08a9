import type { ReportColumn } from "@parley/protocol/reports";
import {
  countsBy,
  metricColumns,
  metricsOf,
  metricTotals,
  METRIC_TYPES,
  totalCounts,
  zeroCounts,
} from "./dialogueMetrics";
import { countEvents } from "./eventCounts";
import type { ReportBody, ReportInput } from "./reportInput";
import { DELETED_DIALOGUE, siteDialogues } from "./siteDialogues";

const DIALOGUE_COLUMNS: ReportColumn[] = [
  { key: "dialogueId", label: "Dialogue id", type: "id" },
  { key: "dialogue", label: "Dialogue", type: "text" },
];

/**
 * Every dialogue and flow with its metrics: one row each (also those without events in the range,
 * unless archived), and one row per version that has events.
 */
export async function dialoguesReport(input: ReportInput): Promise<ReportBody> {
  const [rows, dialogues] = await Promise.all([
    countEvents(input, ["dialogue_id", "version"], { types: METRIC_TYPES }),
    siteDialogues(input.db, input.siteId),
  ]);
  const byDialogue = countsBy(rows, (r) => r.dialogue_id);
  const ids = new Set(byDialogue.keys());
  for (const d of dialogues.values())
    if (
      d.status !== "archived" &&
      (!input.filters.kind || d.kind === input.filters.kind) &&
      (!input.filters.dialogueId || d.id === input.filters.dialogueId)
    )
      ids.add(d.id);
  const nameOf = (id: string) => dialogues.get(id)?.name ?? DELETED_DIALOGUE;
  const ordered = [...ids].sort((a, b) => nameOf(a).localeCompare(nameOf(b)) || (a < b ? -1 : 1));
  const byVersion = [...countsBy(rows, (r) => `${r.dialogue_id}\n${r.version}`)]
    .map(([key, counts]) => {
      const [id, version] = key.split("\n") as [string, string];
      return { id, version: Number(version), counts };
    })
    .sort((a, b) => ordered.indexOf(a.id) - ordered.indexOf(b.id) || a.version - b.version);

  return {
    totals: metricTotals(metricsOf(totalCounts(rows))),
    tables: [
      {
        id: "dialogues",
        title: "Dialogues and flows",
        chart: "bar",
        columns: [...DIALOGUE_COLUMNS, { key: "kind", label: "Kind", type: "text" }, ...metricColumns()],
        rows: ordered.map((id) => ({
          dialogueId: id,
          dialogue: nameOf(id),
          kind: dialogues.get(id)?.kind ?? null,
          ...metricsOf(byDialogue.get(id) ?? zeroCounts()),
        })),
        notes: [],
      },
      versionsTable(byVersion, nameOf),
    ],
  };
}

/** One row per dialogue version with events (the dialogues and the dialogue report share it). */
export function versionsTable(
  rows: { id: string; version: number; counts: ReturnType<typeof zeroCounts> }[],
  nameOf: (id: string) => string,
) {
  return {
    id: "versions",
    title: "By version",
    chart: "none" as const,
    columns: [
      ...DIALOGUE_COLUMNS,
      { key: "version", label: "Version", type: "count" as const },
      ...metricColumns(),
    ],
    rows: rows.map(({ id, version, counts }) => ({
      dialogueId: id,
      dialogue: nameOf(id),
      version,
      ...metricsOf(counts),
    })),
    notes: [],
  };
}
