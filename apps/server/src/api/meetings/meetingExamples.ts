import type { Meeting } from "@parley/protocol/meetings";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";

export const meetingExample: Meeting = {
  id: EX.meetingId,
  siteId: EX.siteId,
  status: "upcoming",
  start: "2026-03-12T14:00:00.000Z",
  end: "2026-03-12T14:30:00.000Z",
  agent: { id: EX.agentId, name: "Grace Hopper", email: "grace@example.com" },
  visitorEmail: "ada@example.com",
  visitorName: "Ada Lovelace",
  visitorTimeZone: "Europe/London",
  personId: EX.personId,
  conversationId: EX.conversationId,
  dialogue: { id: EX.dialogueId, name: "Book a demo" },
  source: "card",
  rescheduleCount: 0,
  routingLog: [
    { kind: "considered", agentId: EX.agentId, detail: { turn: 1 } },
    { kind: "picked", agentId: EX.agentId, detail: {} },
  ],
  videoUrl: "https://meet.example.com/parley-demo",
  cancelReason: null,
  createdAt: "2026-03-09T10:16:40.000Z",
  updatedAt: "2026-03-09T10:16:40.000Z",
};

export const meetingExamples = {
  list: {
    querystring: { sort: "start", order: "asc", from: "2026-03-01T00:00:00Z", limit: 50 },
    response: { 200: { items: [meetingExample], total: 1, nextCursor: null } },
  },
  csv: { querystring: { status: "happened", from: "2026-03-01T00:00:00Z" } },
  update: {
    body: { status: "no_show" },
    response: { 200: { ...meetingExample, status: "no_show", start: "2026-03-02T14:00:00.000Z" } },
  },
} satisfies Record<string, RouteExamples>;
