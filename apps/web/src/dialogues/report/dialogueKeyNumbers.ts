import type { ReportTable } from "@parley/protocol/reports";

/** What the Dialogues and Flows lists show of one dialogue's last 30 days. */
export interface DialogueKeyNumbers {
  triggered: number;
  /** engaged ÷ triggered; null when nobody was triggered. */
  engagementRate: number | null;
  /** people acquired ÷ engaged; null when nobody engaged. */
  conversionRate: number | null;
}

const numberOr = <T>(value: unknown, otherwise: T): number | T =>
  typeof value === "number" && Number.isFinite(value) ? value : otherwise;

/**
 * The `dialogues` table of the dialogues report, by dialogue id. A dialogue without a row was not met
 * in those days: the list shows it as such (see keyNumbersOf), not as missing data.
 */
export function dialogueKeyNumbers(table: ReportTable | undefined): Map<string, DialogueKeyNumbers> {
  const byId = new Map<string, DialogueKeyNumbers>();
  for (const row of table?.rows ?? []) {
    if (typeof row.dialogueId !== "string") continue;
    byId.set(row.dialogueId, {
      triggered: numberOr(row.triggered, 0),
      engagementRate: numberOr(row.engagementRate, null),
      conversionRate: numberOr(row.conversionRate, null),
    });
  }
  return byId;
}

const NOT_MET: DialogueKeyNumbers = { triggered: 0, engagementRate: null, conversionRate: null };

/** One dialogue's numbers: its row, or zeros when the report (loaded) has none for it. */
export const keyNumbersOf = (
  numbers: ReadonlyMap<string, DialogueKeyNumbers>,
  dialogueId: string,
): DialogueKeyNumbers => numbers.get(dialogueId) ?? NOT_MET;
