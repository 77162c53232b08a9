import type { Dialogue, DialogueVersion } from "@parley/protocol/dialogues";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import { dialoguePath } from "./dialoguePaths";

/** One dialogue or flow, with its draft and settings. */
export function useDialogue(siteId: string, id: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).dialogue(id),
    queryFn: () => apiRequest<Dialogue>("GET", dialoguePath(siteId, id)),
  });
}

/** Its published versions, newest first, with who published each. */
export function useDialogueVersions(siteId: string, id: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).dialogueVersions(id),
    queryFn: () => apiRequest<DialogueVersion[]>("GET", `${dialoguePath(siteId, id)}/versions`),
  });
}
