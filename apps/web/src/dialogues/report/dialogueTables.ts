import type { ReportTable } from "@parley/protocol/reports";

/**
 * A report table as one dialogue's page shows it: without the columns the page already says (the
 * dialogue, the version in the title, the card type drawn on the card), and with `first` leading, so
 * the row headers and the chart's categories name what differs between rows. Its rows and the CSV
 * stay the report's.
 */
export function tableForDialogue(
  table: ReportTable,
  { hide = [], first }: { hide?: readonly string[]; first?: string },
): ReportTable {
  const kept = table.columns.filter((c) => !hide.includes(c.key));
  const lead = kept.filter((c) => c.key === first);
  return { ...table, columns: [...lead, ...kept.filter((c) => c.key !== first)] };
}
