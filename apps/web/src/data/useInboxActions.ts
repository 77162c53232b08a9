import type { ConversationNote, InboxConversation } from "@parley/protocol/liveChat";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

export type TransferTarget = { agentId: string; note: string } | { teamId: string; note: string };

/**
 * What an agent does to an open conversation over REST: end the chat, score it, transfer it, write an
 * internal note (its client id makes a retry safe), email the transcript. Each refreshes what it
 * changes; realtime events bring the same changes to everyone else.
 */
export function useInboxActions(siteId: string, conversationId: string) {
  const client = useQueryClient();
  const keys = queryKeys.site(siteId);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: keys.inboxConversation(conversationId) });
    void client.invalidateQueries({ queryKey: keys.inboxLists });
  };
  const chatPath = (chatId: string) => `/api/sites/${siteId}/chats/${chatId}`;
  const inboxPath = `/api/sites/${siteId}/inbox/${conversationId}`;

  const end = useMutation({
    mutationFn: (chatId: string) => apiRequest<unknown>("POST", `${chatPath(chatId)}/end`),
    onSuccess: refresh,
  });
  const score = useMutation({
    mutationFn: ({ chatId, value }: { chatId: string; value: number }) =>
      apiRequest<unknown>("PUT", `${chatPath(chatId)}/score`, { score: value }),
    onSuccess: refresh,
  });
  const transfer = useMutation({
    mutationFn: ({ chatId, target }: { chatId: string; target: TransferTarget }) =>
      apiRequest<unknown>("POST", `${chatPath(chatId)}/transfer`, target),
    onSuccess: refresh,
  });
  const addNote = useMutation({
    mutationFn: (body: { text: string; clientId: string }) =>
      apiRequest<ConversationNote>("POST", `${inboxPath}/notes`, body),
    onSuccess: (note) =>
      client.setQueryData<InboxConversation>(keys.inboxConversation(conversationId), (old) =>
        old && !old.notes.some((n) => n.id === note.id) ? { ...old, notes: [...old.notes, note] } : old,
      ),
  });
  const emailTranscript = useMutation({
    mutationFn: () => apiRequest<unknown>("POST", `${inboxPath}/transcript/email`),
  });
  return { end, score, transfer, addNote, emailTranscript, transcriptUrl: `${inboxPath}/transcript.txt` };
}
