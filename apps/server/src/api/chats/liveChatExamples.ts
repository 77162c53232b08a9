import type { ChatOffer, InboxConversation, InboxItem, LiveChat } from "@parley/protocol/liveChat";
import type { ManagedMeeting, MeetingOfferView } from "@parley/protocol/meetings";
import type { WidgetBootstrap } from "@parley/protocol/widgetBootstrap";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";
import { siteExample } from "../sites/siteExamples";

const chatId = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7e";
const chat: LiveChat = {
  id: chatId,
  conversationId: EX.conversationId,
  status: "assigned",
  agent: { id: EX.agentId, name: "Grace Hopper", avatarUrl: null },
  teamId: EX.teamId,
  requestedAt: EX.at,
  queuedAt: null,
  assignedAt: "2026-03-09T10:15:20.000Z",
  endedAt: null,
  endReason: null,
  score: null,
  visitorDeliveredSeq: 6,
  visitorReadSeq: 6,
  agentDeliveredSeq: 5,
  agentReadSeq: 5,
};
const item: InboxItem = {
  conversationId: EX.conversationId,
  status: "engaged",
  chat,
  visitorId: EX.visitorId,
  personId: EX.personId,
  visitorName: "Ada Lovelace",
  visitorEmail: "ada@example.com",
  dialogueName: "Book a demo",
  pageUrl: "https://www.example.com/pricing",
  lastMessage: "Can someone show me the enterprise plan?",
  lastSeq: 6,
  startedAt: EX.at,
  updatedAt: EX.later,
  queuePosition: null,
  visitorOnline: true,
};
const note = {
  id: "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8f",
  authorId: EX.agentId,
  authorName: "Grace Hopper",
  text: "Existing customer of our partner — offer the migration package.",
  clientId: "note-7f3a9c21",
  afterSeq: 6,
  createdAt: EX.later,
};
const conversation: InboxConversation = {
  ...item,
  messages: [
    {
      seq: 5,
      author: "system",
      body: { kind: "system", event: "assigned", agentName: "Grace Hopper" },
      createdAt: "2026-03-09T10:15:20.000Z",
    },
    {
      seq: 6,
      author: "visitor",
      body: { text: "Can someone show me the enterprise plan?" },
      clientId: "c-9d1e",
      createdAt: EX.later,
    },
  ],
  notes: [note],
  chats: [
    {
      ...chat,
      routingLog: [
        { kind: "requested", agentId: null, agentName: null, detail: {}, at: EX.at },
        {
          kind: "offered",
          agentId: EX.agentId,
          agentName: "Grace Hopper",
          detail: { attempt: 1 },
          at: EX.at,
        },
        {
          kind: "accepted",
          agentId: EX.agentId,
          agentName: "Grace Hopper",
          detail: {},
          at: "2026-03-09T10:15:20.000Z",
        },
      ],
    },
  ],
  currentPage: "https://www.example.com/pricing/enterprise",
};
const offer: ChatOffer = {
  offerId: "6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f",
  chatId,
  conversationId: EX.conversationId,
  siteId: EX.siteId,
  expiresAt: "2026-03-09T10:16:40.000Z",
  origin: "route",
  visitorName: "Ada Lovelace",
  pageUrl: "https://www.example.com/pricing",
  dialogueName: "Book a demo",
  note: null,
  fromAgentName: null,
};
const days = [
  {
    date: "2026-03-12",
    slots: [
      { start: "2026-03-12T14:00:00.000Z", end: "2026-03-12T14:30:00.000Z" },
      { start: "2026-03-12T14:30:00.000Z", end: "2026-03-12T15:00:00.000Z" },
    ],
  },
];
const offerView: MeetingOfferView = {
  offerId: "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a",
  status: "open",
  timeZone: "Europe/London",
  days,
  meetingMinutes: 30,
  hostName: "Grace Hopper",
  needsEmail: false,
  noSlotsText: null,
  meeting: null,
};
const managed: ManagedMeeting = {
  meetingId: EX.meetingId,
  status: "scheduled",
  start: "2026-03-12T14:00:00.000Z",
  end: "2026-03-12T14:30:00.000Z",
  agentName: "Grace Hopper",
  siteName: "Example Inc.",
  timeZone: "Europe/London",
  canChange: true,
  days,
};
const visitorToken = "vt_c2d3e4f5.Q2x9mB7r";
const manageToken = "mt_f0e1d2c3.k8Jd2mQ9sZ";
const bootstrap: WidgetBootstrap = {
  enabled: true,
  visitor: { id: EX.visitorId, token: visitorToken, blocked: false },
  site: {
    name: siteExample.name,
    branding: siteExample.branding,
    language: "auto",
    privacyUrl: siteExample.privacyUrl,
  },
  dialogue: {
    id: EX.dialogueId,
    name: "Book a demo",
    version: 3,
    trigger: { kind: "seconds_on_page", seconds: 10 },
    engaged: false,
  },
  flows: [],
};

export const liveChatExamples = {
  inbox: {
    querystring: { view: "mine", kind: "live", limit: 50 },
    response: { 200: { items: [item], nextCursor: null } },
  },
  conversation: { response: { 200: conversation } },
  note: { body: { text: note.text, clientId: note.clientId }, response: { 201: note, 200: note } },
  end: { response: { 200: { ended: true } } },
  score: { body: { score: 2 }, response: { 200: { ...chat, score: 2 } } },
  transfer: { body: { teamId: EX.teamId, note: "Asks about enterprise pricing" }, response: { 200: chat } },
  offers: { response: { 200: { items: [offer], now: "2026-03-09T10:15:05.000Z" } } },
  accept: { response: { 200: item } },
  decline: { response: { 200: { ok: true } } },
  shareBooking: { body: { agentId: EX.agentId }, response: { 200: { offerId: offerView.offerId, seq: 7 } } },
  manage: { querystring: { token: manageToken, tz: "Europe/London" }, response: { 200: managed } },
  reschedule: {
    body: { token: manageToken, start: "2026-03-12T14:30:00.000Z", timeZone: "Europe/London" },
    response: { 200: { ...managed, start: "2026-03-12T14:30:00.000Z", end: "2026-03-12T15:00:00.000Z" } },
  },
  cancel: {
    body: { token: manageToken, reason: "Found the answer in the docs" },
    response: { 200: { ...managed, status: "cancelled", canChange: false, days: [] } },
  },
  visitors: {
    body: { siteKey: siteExample.siteKey },
    response: { 200: { visitorId: EX.visitorId, token: visitorToken } },
  },
  bootstrap: {
    querystring: {
      site: siteExample.siteKey,
      url: "https://www.example.com/pricing",
      visitor: visitorToken,
      tz: "Europe/London",
      lang: "en-GB",
    },
    response: { 200: bootstrap },
  },
  offerSlots: { querystring: { visitor: visitorToken, tz: "Europe/London" }, response: { 200: offerView } },
  book: {
    body: {
      visitor: visitorToken,
      start: "2026-03-12T14:00:00.000Z",
      timeZone: "Europe/London",
      email: "ada@example.com",
      name: "Ada Lovelace",
    },
    response: {
      200: {
        meetingId: EX.meetingId,
        start: "2026-03-12T14:00:00.000Z",
        end: "2026-03-12T14:30:00.000Z",
        agentId: EX.agentId,
        agentName: "Grace Hopper",
        timeZone: "Europe/London",
      },
    },
  },
  declineOffer: {
    body: { visitor: visitorToken },
    response: { 200: { ...offerView, status: "closed", days: [] } },
  },
  identify: {
    body: {
      site: siteExample.siteKey,
      visitor: visitorToken,
      person: { email: "ada@example.com", firstName: "Ada" },
      attributes: { plan: "enterprise" },
      signature: "9f2c7d1ab34e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8",
    },
  },
} satisfies Record<string, RouteExamples>;
