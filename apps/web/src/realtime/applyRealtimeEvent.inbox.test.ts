import type { ConversationMessage } from "@parley/protocol/conversationMessage";
import type {
  AgentSummary,
  ChatOffer,
  InboxConversation,
  InboxItem,
  LiveChat,
} from "@parley/protocol/liveChat";
import { QueryClient } from "@tanstack/react-query";
import { describe, expect, test } from "vitest";
import { queryKeys } from "../api/queryKeys";
import type { OfferCache } from "../data/useOffers";
import { applyRealtimeEvent } from "./applyRealtimeEvent";

const SITE = "site1";
const keys = queryKeys.site(SITE);
const at = "2026-01-05T10:00:00.000Z";
const sam = { id: "u1", name: "Sam", avatarUrl: null };

const chat: LiveChat = {
  id: "ch1",
  conversationId: "c1",
  status: "assigned",
  agent: sam,
  teamId: null,
  requestedAt: at,
  queuedAt: null,
  assignedAt: at,
  endedAt: null,
  endReason: null,
  score: null,
  visitorDeliveredSeq: 0,
  visitorReadSeq: 0,
  agentDeliveredSeq: 0,
  agentReadSeq: 0,
};
const message = (seq: number, author: ConversationMessage["author"], text: string): ConversationMessage => ({
  seq,
  author,
  body: { kind: "chat", text },
  createdAt: at,
});
const item: InboxItem = {
  conversationId: "c1",
  status: "engaged",
  chat,
  visitorId: "v1",
  personId: null,
  visitorName: "Ada",
  visitorEmail: null,
  dialogueName: "Pricing",
  pageUrl: null,
  lastMessage: "Hi",
  lastSeq: 1,
  startedAt: at,
  updatedAt: at,
  queuePosition: null,
  visitorOnline: true,
};
const conversation: InboxConversation = {
  ...item,
  messages: [message(1, "visitor", "Hi")],
  notes: [],
  chats: [{ ...chat, routingLog: [] }],
  currentPage: null,
};
const offer = (offerId: string): ChatOffer => ({
  offerId,
  chatId: "ch2",
  conversationId: "c2",
  siteId: SITE,
  expiresAt: at,
  origin: "route",
  visitorName: null,
  pageUrl: null,
  dialogueName: null,
  note: null,
  fromAgentName: null,
});

function clientWithInbox() {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(keys.inboxConversation("c1"), conversation);
  client.setQueryData(keys.inboxList({ view: "mine" }), {
    pages: [{ items: [item], nextCursor: null }],
    pageParams: [null],
  });
  client.setQueryData<OfferCache>(queryKeys.offers, { items: [offer("o1")], clockOffsetMs: 250 });
  return client;
}
const open = (client: QueryClient) => client.getQueryData<InboxConversation>(keys.inboxConversation("c1"));
const conversationChannel = "conversation:c1" as const;

describe("applyRealtimeEvent: live chat", () => {
  test("chat.messages adds new messages to the open conversation once, and the list row shows the last", () => {
    const client = clientWithInbox();
    const event = {
      channel: conversationChannel,
      name: "chat.messages" as const,
      data: {
        siteId: SITE,
        conversationId: "c1",
        messages: [message(1, "visitor", "Hi"), message(2, "agent", "Hello Ada")],
        lastSeq: 2,
      },
    };
    applyRealtimeEvent(client, event);
    applyRealtimeEvent(client, event);
    expect(open(client)?.messages.map((m) => m.seq)).toEqual([1, 2]);
    const list = client.getQueryData<{ pages: { items: InboxItem[] }[] }>(keys.inboxList({ view: "mine" }));
    expect(list?.pages[0]?.items[0]).toMatchObject({ lastMessage: "Hello Ada", lastSeq: 2 });
  });

  test("chat.note shows the note once; chat.read moves the visitor's read marks", () => {
    const client = clientWithInbox();
    const note = {
      id: "n1",
      authorId: "u1",
      authorName: "Sam",
      text: "VIP",
      clientId: null,
      afterSeq: 1,
      createdAt: at,
    };
    const noteEvent = {
      channel: conversationChannel,
      name: "chat.note" as const,
      data: { ...note, siteId: SITE, conversationId: "c1" },
    };
    applyRealtimeEvent(client, noteEvent);
    applyRealtimeEvent(client, noteEvent);
    expect(open(client)?.notes).toEqual([note]);

    applyRealtimeEvent(client, {
      channel: conversationChannel,
      name: "chat.read",
      data: { siteId: SITE, conversationId: "c1", side: "visitor", deliveredSeq: 2, readSeq: 1 },
    });
    expect(open(client)?.chat).toMatchObject({ visitorDeliveredSeq: 2, visitorReadSeq: 1, agentReadSeq: 0 });
  });

  test("livechat.updated shows the chat's new state in the conversation and its rows, and re-reads the lists", () => {
    const client = clientWithInbox();
    applyRealtimeEvent(client, {
      channel: `site:${SITE}`,
      name: "livechat.updated",
      data: { ...chat, status: "ended", endReason: "visitor", endedAt: at },
    });
    expect(open(client)?.chat?.status).toBe("ended");
    expect(open(client)?.chats[0]?.status).toBe("ended");
    expect(client.getQueryState(keys.inboxList({ view: "mine" }))?.isInvalidated).toBe(true);
  });

  test("visitor.presence shows the visitor offline and back, with their page, in the conversation and its rows", () => {
    const client = clientWithInbox();
    const row = () =>
      client.getQueryData<{ pages: { items: InboxItem[] }[] }>(keys.inboxList({ view: "mine" }))?.pages[0]
        ?.items[0];
    const presence = (online: boolean, currentPage: string | null) => ({
      channel: `site:${SITE}` as const,
      name: "visitor.presence" as const,
      data: { visitorId: "v1", online, conversationIds: ["c1"], currentPage },
    });
    applyRealtimeEvent(client, presence(false, null));
    expect(open(client)).toMatchObject({ visitorOnline: false, currentPage: null });
    expect(row()?.visitorOnline).toBe(false);

    applyRealtimeEvent(client, presence(true, "https://shop.example/pricing"));
    expect(open(client)).toMatchObject({ visitorOnline: true, currentPage: "https://shop.example/pricing" });
    expect(row()?.visitorOnline).toBe(true);
    // Told again: nothing changes, so nothing re-renders; a conversation not named is left alone.
    const before = open(client);
    applyRealtimeEvent(client, presence(true, null));
    expect(open(client)).toBe(before);
    applyRealtimeEvent(client, {
      ...presence(false, null),
      data: { ...presence(false, null).data, conversationIds: ["c9"] },
    });
    expect(open(client)?.visitorOnline).toBe(true);
  });

  test("offers come and go without a refetch, and keep the server clock offset", () => {
    const client = clientWithInbox();
    applyRealtimeEvent(client, { channel: "user:u1", name: "livechat.offer", data: offer("o2") });
    applyRealtimeEvent(client, { channel: "user:u1", name: "livechat.offer", data: offer("o2") });
    applyRealtimeEvent(client, {
      channel: "user:u1",
      name: "livechat.offerClosed",
      data: { offerId: "o1", chatId: "ch2", reason: "timed_out" },
    });
    const offers = client.getQueryData<OfferCache>(queryKeys.offers);
    expect(offers?.items.map((o) => o.offerId)).toEqual(["o2"]);
    expect(offers?.clockOffsetMs).toBe(250);
  });

  test("agent.presence updates that agent in the site's list", () => {
    const client = clientWithInbox();
    const agent = (state: AgentSummary["state"]): AgentSummary => ({
      id: "u2",
      name: "Lin",
      email: "lin@example.com",
      initials: "LI",
      avatarUrl: null,
      teamIds: [],
      state,
      activeChats: 1,
      limit: 5,
    });
    client.setQueryData(keys.agents, { items: [agent("available")] });
    applyRealtimeEvent(client, { channel: `site:${SITE}`, name: "agent.presence", data: agent("away") });
    expect(client.getQueryData<{ items: AgentSummary[] }>(keys.agents)?.items[0]?.state).toBe("away");
  });
});
