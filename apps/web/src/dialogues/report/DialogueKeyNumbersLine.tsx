import type { Dialogue } from "@parley/protocol/dialogues";
import { Link } from "@tanstack/react-router";
import { formatReportValue } from "../../reports/formatReportValue";
import { TAB_PATHS } from "../dialogueKind";
import type { DialogueKeyNumbers } from "./dialogueKeyNumbers";

/**
 * A list row's last 30 days — triggered, engagement rate, conversion rate — as a link to the
 * dialogue's Report tab (its name says whose report, for those who hear it without the row).
 */
export function DialogueKeyNumbersLine({
  dialogue,
  numbers,
}: {
  dialogue: Dialogue;
  numbers: DialogueKeyNumbers;
}) {
  return (
    <Link
      to={TAB_PATHS[dialogue.kind].report}
      params={{ dialogueId: dialogue.id }}
      className="dialogue-numbers"
    >
      <span className="visually-hidden">Report of {dialogue.name}, last 30 days: </span>
      <span>{formatReportValue("count", numbers.triggered)} triggered</span>
      <span className="visually-hidden">, </span>
      <span>{formatReportValue("rate", numbers.engagementRate)} engaged</span>
      <span className="visually-hidden">, </span>
      <span>{formatReportValue("rate", numbers.conversionRate)} converted</span>
    </Link>
  );
}
