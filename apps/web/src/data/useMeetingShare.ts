import { useMutation } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";

/**
 * Shares a host's booking in a live chat: the server posts a meeting card into the chat (the visitor
 * books in the widget); the message reaches the transcript through the conversation's channel.
 */
export function useMeetingShare(siteId: string) {
  return useMutation({
    mutationFn: ({ chatId, agentId }: { chatId: string; agentId: string }) =>
      apiRequest<unknown>(
        "POST",
        `/api/sites/${encodeURIComponent(siteId)}/chats/${encodeURIComponent(chatId)}/booking`,
        { agentId },
      ),
  });
}
