import type { DialoguesStatus } from "@parley/protocol/dialogues";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import { dialoguesPath } from "./dialoguePaths";

/**
 * Whether the site's snippet would show a dialogue, and why not; with `url`, on that page (its domain
 * and the dialogues' page patterns too). Under the dialogues' prefix, so any dialogue change reads it again.
 */
export function useDialogueStatus(siteId: string, url: string | null = null) {
  const key = queryKeys.site(siteId).dialogueStatus;
  return useQuery({
    queryKey: url === null ? key : [...key, url],
    queryFn: () =>
      apiRequest<DialoguesStatus>(
        "GET",
        `${dialoguesPath(siteId)}/status${url === null ? "" : `?url=${encodeURIComponent(url)}`}`,
      ),
  });
}
