import type { Dialogue } from "@parley/protocol/dialogues";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import type { DialogueKind } from "./dialogueKind";
import { dialoguesPath } from "./dialoguePaths";

/**
 * Every dialogue or every flow of the site (when `enabled`), archived ones included (the list hides them unless asked:
 * one request, one cache entry, and "show archived" answers at once), highest priority first.
 */
export function useDialogueList(siteId: string, kind: DialogueKind, enabled = true) {
  return useQuery({
    queryKey: queryKeys.site(siteId).dialogueList(kind),
    queryFn: () =>
      apiRequest<Dialogue[]>("GET", `${dialoguesPath(siteId)}?kind=${kind}&includeArchived=true`),
    enabled,
  });
}
