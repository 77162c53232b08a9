import type { ConversationSummaryList } from "@parley/protocol/directory";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

/** The conversations the person's visitors had, newest first. */
export function usePersonConversations(siteId: string, personId: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).personConversations(personId),
    queryFn: () =>
      apiRequest<z.infer<typeof ConversationSummaryList>>(
        "GET",
        `/api/sites/${siteId}/people/${personId}/conversations`,
      ),
  });
}
