import { useMemo } from "react";
import { useReport } from "../../reports/useReport";
import { useSession } from "../../session/SessionContext";
import type { DialogueKind } from "../dialogueKind";
import { type DialogueKeyNumbers, dialogueKeyNumbers } from "./dialogueKeyNumbers";

/**
 * The key numbers of every dialogue (or flow) of the site over the last 30 days of the site's zone
 * (the dialogues report's default days), for those who may read reports: a query of its own, so the
 * list never waits for it. Undefined while it loads, failed, or is not for this user.
 */
export function useDialogueKeyNumbers(
  siteId: string,
  kind: DialogueKind,
): ReadonlyMap<string, DialogueKeyNumbers> | undefined {
  const { can } = useSession();
  const mayRead = can("reports.view");
  const report = useReport(siteId, "dialogues", { kind }, mayRead);
  const data = mayRead ? report.data : undefined;
  return useMemo(
    () => (data ? dialogueKeyNumbers(data.tables.find((t) => t.id === "dialogues")) : undefined),
    [data],
  );
}
