import type { BusEvent, BusEventName } from "@parley/protocol/events";
import type { QueryClient } from "@tanstack/react-query";
import { queryKeys } from "../api/queryKeys";
import type { AgentProfile, AgentSummary } from "@parley/protocol/liveChat";
import type { OfferCache } from "../data/useOffers";
import { mergeMessages } from "../inbox/mergeMessages";
import { transcriptLines } from "../people/transcriptLines";
import { patchInboxCache } from "./patchInboxCache";
import { patchListItem } from "./patchListItem";

type EventOf<N extends BusEventName> = Extract<BusEvent, { name: N }>;
type Handler<N extends BusEventName> = (client: QueryClient, event: EventOf<N>, siteId: string) => void;

/** The site of a `site:<id>` channel. */
const siteOf = (channel: string) => channel.slice(channel.indexOf(":") + 1);

/**
 * What each event does to the query cache. Typed over every event name: a new event in the
 * protocol fails the type check here until someone decides what it means for the app.
 */
const HANDLERS: { [N in BusEventName]: Handler<N> } = {
  "site.updated": (client, { data }) => {
    client.setQueryData<{ id: string }[]>(queryKeys.sites, (sites) =>
      sites?.map((site) => (site.id === data.id ? data : site)),
    );
  },
  "person.created": (client, _event, siteId) => {
    void client.invalidateQueries({ queryKey: queryKeys.site(siteId).peopleLists });
  },
  "person.updated": (client, { data }, siteId) => {
    const keys = queryKeys.site(siteId);
    client.setQueryData<object>(keys.person(data.id), (old) => ({ ...old, ...data }));
    client.setQueriesData({ queryKey: keys.peopleLists }, (old) => patchListItem(old, data));
    // Shown at once, then read again: the change may move the person in or out of a filter.
    void client.invalidateQueries({ queryKey: keys.peopleLists });
  },
  "person.deleted": (client, { data }, siteId) => {
    const keys = queryKeys.site(siteId);
    client.removeQueries({ queryKey: keys.person(data.id) });
    if (data.into) void client.invalidateQueries({ queryKey: keys.person(data.into) });
    void client.invalidateQueries({ queryKey: keys.peopleLists });
  },
  "company.created": (client, _event, siteId) => {
    void client.invalidateQueries({ queryKey: queryKeys.site(siteId).companyLists });
  },
  "company.updated": (client, { data }, siteId) => {
    const keys = queryKeys.site(siteId);
    client.setQueryData<object>(keys.company(data.id), (old) => ({ ...old, ...data }));
    client.setQueriesData({ queryKey: keys.companyLists }, (old) => patchListItem(old, data));
    void client.invalidateQueries({ queryKey: keys.companyLists });
    // People lists show their company's name.
    void client.invalidateQueries({ queryKey: keys.peopleLists });
  },
  "company.deleted": (client, { data }, siteId) => {
    const keys = queryKeys.site(siteId);
    client.removeQueries({ queryKey: keys.company(data.id) });
    void client.invalidateQueries({ queryKey: keys.companyLists });
    void client.invalidateQueries({ queryKey: keys.peopleLists });
  },
  "import.progress": (client, { data }, siteId) => {
    const keys = queryKeys.site(siteId);
    client.setQueryData([...keys.imports, data.id], data);
    // An import announces its batches, not each person: the lists are read again when it ends.
    if (data.status === "done" && !data.dryRun)
      void client.invalidateQueries({
        queryKey: data.entity === "people" ? keys.peopleLists : keys.companyLists,
      });
  },
  "conversation.updated": (client, { data }, siteId) => {
    void client.invalidateQueries({ queryKey: queryKeys.site(siteId).conversation(data.conversationId) });
    const patch = <T extends { status: string; lastSeq: number }>(row: T): T =>
      row.status === data.status && row.lastSeq >= data.lastSeq
        ? row
        : { ...row, status: data.status, lastSeq: Math.max(row.lastSeq, data.lastSeq) };
    patchInboxCache.rows(client, siteId, data.conversationId, patch);
    patchInboxCache.conversation(client, siteId, data.conversationId, patch);
  },
  "access.changed": (client) => {
    void client.invalidateQueries({ queryKey: queryKeys.me });
  },
  "livechat.updated": (client, { data }, siteId) => {
    patchInboxCache.chat(client, siteId, data);
    // The chat may have moved between lists (queued → mine, ended); the routing log grew.
    void client.invalidateQueries({ queryKey: queryKeys.site(siteId).inboxLists });
    if (data.status !== "assigned") {
      void client.invalidateQueries({
        queryKey: queryKeys.site(siteId).inboxConversation(data.conversationId),
      });
    }
  },
  "agent.presence": (client, { data }, siteId) => {
    client.setQueryData<{ items: AgentSummary[] }>(queryKeys.site(siteId).agents, (old) =>
      old ? { ...old, items: old.items.map((agent) => (agent.id === data.id ? data : agent)) } : old,
    );
    client.setQueryData<AgentProfile>(queryKeys.agentProfile, (old) =>
      old?.id === data.id ? { ...old, ...data } : old,
    );
  },
  // Only the conversations this agent may see are named (the server filters per agent).
  "visitor.presence": (client, { data }, siteId) => {
    for (const conversationId of data.conversationIds) {
      patchInboxCache.rows(client, siteId, conversationId, (row) =>
        row.visitorOnline === data.online ? row : { ...row, visitorOnline: data.online },
      );
      patchInboxCache.conversation(client, siteId, conversationId, (conversation) => {
        const currentPage = data.currentPage ?? conversation.currentPage;
        return conversation.visitorOnline === data.online && conversation.currentPage === currentPage
          ? conversation
          : { ...conversation, visitorOnline: data.online, currentPage };
      });
    }
  },
  // The user's own channel: the banner's offers.
  "livechat.offer": (client, { data }) => {
    client.setQueryData<OfferCache>(queryKeys.offers, (old) =>
      old && !old.items.some((o) => o.offerId === data.offerId)
        ? { ...old, items: [...old.items, data] }
        : old,
    );
    if (!client.getQueryData(queryKeys.offers)) void client.invalidateQueries({ queryKey: queryKeys.offers });
  },
  "livechat.offerClosed": (client, { data }) => {
    client.setQueryData<OfferCache>(queryKeys.offers, (old) =>
      old ? { ...old, items: old.items.filter((o) => o.offerId !== data.offerId) } : old,
    );
  },
  // A conversation's channel (joined while it is on screen): its data names the site.
  "chat.messages": (client, { data }) => {
    patchInboxCache.conversation(client, data.siteId, data.conversationId, (conversation) => {
      const messages = mergeMessages(conversation.messages, data.messages);
      return messages === conversation.messages
        ? conversation
        : { ...conversation, messages, lastSeq: Math.max(conversation.lastSeq, data.lastSeq) };
    });
    const said = transcriptLines(data.messages)
      .filter((line) => line.text)
      .at(-1)?.text;
    patchInboxCache.rows(client, data.siteId, data.conversationId, (row) => ({
      ...row,
      lastSeq: Math.max(row.lastSeq, data.lastSeq),
      lastMessage: said ?? row.lastMessage,
    }));
  },
  "chat.note": (client, { data: { siteId, conversationId, ...note } }) => {
    patchInboxCache.conversation(client, siteId, conversationId, (conversation) =>
      conversation.notes.some((n) => n.id === note.id)
        ? conversation
        : { ...conversation, notes: [...conversation.notes, note] },
    );
  },
  // Typing is not cached: the conversation view hears it through the realtime provider.
  "chat.typing": () => undefined,
  "chat.read": (client, { data }) => {
    patchInboxCache.conversation(client, data.siteId, data.conversationId, (conversation) => {
      if (!conversation.chat) return conversation;
      const seqs =
        data.side === "visitor"
          ? { visitorDeliveredSeq: data.deliveredSeq, visitorReadSeq: data.readSeq }
          : { agentDeliveredSeq: data.deliveredSeq, agentReadSeq: data.readSeq };
      const chat = { ...conversation.chat, ...seqs };
      return {
        ...conversation,
        chat,
        chats: conversation.chats.map((c) => (c.id === chat.id ? { ...c, ...seqs } : c)),
      };
    });
  },
  "meeting.updated": (client, { data }, siteId) => {
    client.setQueriesData({ queryKey: queryKeys.site(siteId).meetingLists }, (old) =>
      patchListItem(old, data),
    );
    // A new meeting, or one that moved in or out of a filter.
    void client.invalidateQueries({ queryKey: queryKeys.site(siteId).meetingLists });
  },
  // The user's own channel: their calendar connections' state.
  "calendar.updated": (client, { data }) => {
    void client.invalidateQueries({ queryKey: queryKeys.calendars(data.userId) });
    void client.invalidateQueries({ queryKey: queryKeys.calendars("me") });
  },
  // A visitor's own channel: agents never hear these.
  "conversation.step": () => undefined,
  activity: () => undefined,
  "livechat.status": () => undefined,
  "livechat.typing": () => undefined,
  "livechat.read": () => undefined,
  // Between server nodes: no client hears it.
  "webhooks.changed": () => undefined,
  "visitor.erased": () => undefined,
};

/** Brings the query cache up to date with one announced event. */
export function applyRealtimeEvent(client: QueryClient, event: BusEvent): void {
  const handler = HANDLERS[event.name] as Handler<typeof event.name>;
  handler(client, event, siteOf(event.channel));
}
