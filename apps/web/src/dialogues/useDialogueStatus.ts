import type { DialoguesStatus } from "@parley/protocol/dialogues";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import { dialoguesPath } from "./dialoguePaths";

/** Whether the site's snippet would show a dialogue, and why not (read again after any dialogue change). */
export function useDialogueStatus(siteId: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).dialogueStatus,
    queryFn: () => apiRequest<DialoguesStatus>("GET", `${dialoguesPath(siteId)}/status`),
  });
}
