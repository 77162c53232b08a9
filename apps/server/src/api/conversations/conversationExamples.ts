import type { ConversationListItem } from "@parley/protocol/conversationList";
import type { ConversationTranscript } from "@parley/protocol/directory";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";
import { conversationSummaryExample } from "../people/peopleExamples";

const item: ConversationListItem = {
  ...conversationSummaryExample,
  visitorId: EX.visitorId,
  personId: EX.personId,
};

const transcript: ConversationTranscript = {
  ...item,
  messageCount: 4,
  messages: [
    {
      seq: 1,
      author: "bot",
      body: {
        type: "question",
        cardId: "ask-interest",
        text: [{ text: "Hi! What brings you here today?" }],
        buttons: [
          { id: "demo", label: "Book a demo", value: "demo" },
          { id: "look", label: "Just looking", value: "look" },
        ],
        allowFreeText: false,
      },
      createdAt: EX.at,
    },
    {
      seq: 2,
      author: "visitor",
      body: { kind: "answer", value: "demo" },
      clientId: "c-1f9a",
      createdAt: "2026-03-09T10:15:12.000Z",
    },
    {
      seq: 3,
      author: "bot",
      body: {
        type: "capture",
        cardId: "ask-email",
        text: [{ text: "Great — which email should the invitation go to?" }],
        kind: "email",
      },
      createdAt: "2026-03-09T10:15:13.000Z",
    },
    {
      seq: 4,
      author: "visitor",
      body: { kind: "answer", value: "ada@example.com" },
      clientId: "c-2b7e",
      createdAt: "2026-03-09T10:16:20.000Z",
    },
  ],
};

export const conversationExamples = {
  list: {
    querystring: { status: "completed", since: "2026-03-01T00:00:00Z", limit: 25 },
    response: { 200: { items: [item], nextCursor: EX.cursor } },
  },
  transcript: { response: { 200: transcript } },
} satisfies Record<string, RouteExamples>;
