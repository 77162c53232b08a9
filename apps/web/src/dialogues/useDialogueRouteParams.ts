import { useLocation, useParams } from "@tanstack/react-router";
import { type DialogueKind, type DialogueTab, kindOfPath } from "./dialogueKind";

/** The dialogue or flow the current page is about, and which of its tabs is open. */
export function useDialogueRouteParams(): { dialogueId: string; kind: DialogueKind; tab: DialogueTab } {
  const params = useParams({ strict: false });
  const pathname = useLocation({ select: (l) => l.pathname });
  const last = pathname.replace(/\/$/, "").split("/").pop();
  const tab: DialogueTab = last === "targeting" || last === "settings" || last === "report" ? last : "design";
  return { dialogueId: params.dialogueId ?? "", kind: kindOfPath(pathname), tab };
}
