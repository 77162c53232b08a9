import type { InboxConversation, InboxItem, LiveChat } from "@parley/protocol/liveChat";
import type { QueryClient } from "@tanstack/react-query";
import { queryKeys } from "../api/queryKeys";

type Pages = { pages: { items: InboxItem[]; nextCursor: string | null }[]; pageParams: unknown[] };

/**
 * Cache edits for the inbox's realtime events, made in place instead of a refetch: the lists' rows of
 * one conversation, an open conversation, and one chat wherever it is shown. Entries not cached are
 * left alone (nothing to show), and unchanged data keeps its identity (no re-render).
 */
export const patchInboxCache = {
  /** Every cached inbox list's row of this conversation. */
  rows(client: QueryClient, siteId: string, conversationId: string, patch: (row: InboxItem) => InboxItem) {
    client.setQueriesData<Pages>({ queryKey: queryKeys.site(siteId).inboxLists }, (old) => {
      if (!old?.pages) return old;
      let changed = false;
      const pages = old.pages.map((page) => {
        if (!page.items.some((row) => row.conversationId === conversationId)) return page;
        changed = true;
        return {
          ...page,
          items: page.items.map((row) => (row.conversationId === conversationId ? patch(row) : row)),
        };
      });
      return changed ? { ...old, pages } : old;
    });
  },

  conversation(
    client: QueryClient,
    siteId: string,
    conversationId: string,
    patch: (conversation: InboxConversation) => InboxConversation,
  ) {
    client.setQueryData<InboxConversation>(queryKeys.site(siteId).inboxConversation(conversationId), (old) =>
      old ? patch(old) : old,
    );
  },

  /** A chat's new state, in the open conversation (its chat and its entry in `chats`) and the rows. */
  chat(client: QueryClient, siteId: string, chat: LiveChat) {
    patchInboxCache.conversation(client, siteId, chat.conversationId, (conversation) => ({
      ...conversation,
      chat: !conversation.chat || conversation.chat.id === chat.id ? chat : conversation.chat,
      chats: conversation.chats.some((c) => c.id === chat.id)
        ? conversation.chats.map((c) => (c.id === chat.id ? { ...c, ...chat } : c))
        : [...conversation.chats, { ...chat, routingLog: [] }],
    }));
    patchInboxCache.rows(client, siteId, chat.conversationId, (row) =>
      !row.chat || row.chat.id === chat.id ? { ...row, chat } : row,
    );
  },
};
