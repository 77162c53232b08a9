import type { ConversationTranscript } from "@parley/protocol/directory";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

/** One conversation with every message, oldest first. */
export function useConversationTranscript(siteId: string, conversationId: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).conversation(conversationId),
    queryFn: () =>
      apiRequest<ConversationTranscript>("GET", `/api/sites/${siteId}/conversations/${conversationId}`),
  });
}
