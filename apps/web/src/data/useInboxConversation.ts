import type { InboxConversation } from "@parley/protocol/liveChat";
import { type QueryClient, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import { mergeMessages } from "../inbox/mergeMessages";

const path = (siteId: string, conversationId: string) => `/api/sites/${siteId}/inbox/${conversationId}`;

/** The conversation the agent has open: the whole transcript, notes, chats with their routing log. */
export function useInboxConversation(siteId: string, conversationId: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).inboxConversation(conversationId),
    queryFn: () => apiRequest<InboxConversation>("GET", path(siteId, conversationId)),
  });
}

/**
 * After a reconnect: asks only for the messages after the last one cached and merges them in (by
 * seq, so nothing shows twice); the rest of the conversation (chat state, notes, log) is replaced.
 */
export async function catchUpInboxConversation(
  client: QueryClient,
  siteId: string,
  conversationId: string,
): Promise<void> {
  const key = queryKeys.site(siteId).inboxConversation(conversationId);
  const cached = client.getQueryData<InboxConversation>(key);
  if (!cached) return void client.invalidateQueries({ queryKey: key });
  const afterSeq = cached.messages.at(-1)?.seq ?? 0;
  const fresh = await apiRequest<InboxConversation>(
    "GET",
    `${path(siteId, conversationId)}?afterSeq=${afterSeq}`,
  );
  client.setQueryData<InboxConversation>(key, (now) => ({
    ...fresh,
    messages: mergeMessages(now?.messages ?? cached.messages, fresh.messages),
  }));
}
