import type { Dialogue } from "@parley/protocol/dialogues";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../api/apiRequest";
import { isApiError } from "../../api/ApiError";
import { queryKeys } from "../../api/queryKeys";

/** Publishes the draft once it is saved; the answer in words for the toolbar. */
export function usePublish(siteId: string, dialogueId: string, flush: () => Promise<boolean>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<Dialogue> => {
      if (!(await flush())) {
        throw new Error("The draft could not be saved, so it was not published. Save it first (see above).");
      }
      return apiRequest<Dialogue>("POST", `/api/sites/${siteId}/dialogues/${dialogueId}/publish`);
    },
    onSuccess: (published) => {
      queryClient.setQueryData(queryKeys.site(siteId).dialogue(dialogueId), published);
      void queryClient.invalidateQueries({ queryKey: queryKeys.site(siteId).dialogues });
    },
  });
}

/** What the server's answer to Publish means, for the marketer. */
export function publishAnswer(result: {
  data?: Dialogue;
  error: unknown;
}): { text: string; ok: boolean } | null {
  if (result.data) {
    return {
      ok: true,
      text: `Published as version ${result.data.publishedVersion ?? "?"}. Visitors who start now meet this version.`,
    };
  }
  if (!result.error) return null;
  if (isApiError(result.error) && result.error.code === "forbidden") {
    return { ok: false, text: "You may edit this dialogue but not publish it. Ask someone who may publish." };
  }
  return { ok: false, text: result.error instanceof Error ? result.error.message : "Publishing failed." };
}
