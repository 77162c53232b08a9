import type { ReportColumn } from "@parley/protocol/reports";
import { Link } from "@tanstack/react-router";
import type { ReportRow } from "./ReportDataTable";
import type { ReportSearch } from "./reportSearch";

/**
 * A dialogue's name as a link to its own report: the Report tab of the dialogue or flow (the
 * dialogues area's `…/report` routes, whose search is ReportSearch), keeping the days and visitors
 * chosen here.
 */
function DialogueReportLink({ row, text }: { row: ReportRow; text: string }) {
  const id = typeof row.dialogueId === "string" ? row.dialogueId : null;
  if (!id) return text;
  const params = { dialogueId: id };
  return row.kind === "flow" ? (
    <Link to="/flows/$dialogueId/report" params={params} search={keepDays}>
      {text}
    </Link>
  ) : (
    <Link to="/dialogues/$dialogueId/report" params={params} search={keepDays}>
      {text}
    </Link>
  );
}

/** The dashboard's days and visitors, carried over to the dialogue's report (its other filters are its own). */
const keepDays = (previous: Partial<ReportSearch>): ReportSearch => ({
  range: previous.range,
  from: previous.from,
  to: previous.to,
  visitors: previous.visitors,
});

/** ReportChart's renderCell for tables with a `dialogue` column: the name links to its report. */
export const dialogueCell = (column: ReportColumn, row: ReportRow, text: string) =>
  column.key === "dialogue" ? <DialogueReportLink row={row} text={text} /> : text;
