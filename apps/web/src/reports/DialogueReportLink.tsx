import type { ReportColumn } from "@parley/protocol/reports";
import { Link } from "@tanstack/react-router";
import type { ReportRow } from "./ReportDataTable";

/**
 * A dialogue's name as a link to its own report: the Report tab of the dialogue or flow (routed by
 * the dialogues area, issue 12's funnel), keeping the days and visitors chosen here.
 */
function DialogueReportLink({ row, text }: { row: ReportRow; text: string }) {
  const id = typeof row.dialogueId === "string" ? row.dialogueId : null;
  if (!id) return text;
  const to = (row.kind === "flow" ? "/flows/$dialogueId/report" : "/dialogues/$dialogueId/report") as "/";
  return (
    <Link to={to} params={{ dialogueId: id } as never} search={keepDays as never}>
      {text}
    </Link>
  );
}

const keepDays = (previous: Record<string, unknown>) => ({
  range: previous.range,
  from: previous.from,
  to: previous.to,
  visitors: previous.visitors,
});

/** ReportChart's renderCell for tables with a `dialogue` column: the name links to its report. */
export const dialogueCell = (column: ReportColumn, row: ReportRow, text: string) =>
  column.key === "dialogue" ? <DialogueReportLink row={row} text={text} /> : text;
