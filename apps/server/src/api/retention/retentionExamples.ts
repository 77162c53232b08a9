import type { ErasureCounts, PurgeRun, RetentionSettings } from "@parley/protocol/retention";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";

const days = {
  anonymousVisitors: 90,
  pageViews: 90,
  activities: 730,
  transcripts: 730,
  reportEvents: null,
  webhookDeliveries: 30,
};
const settings: RetentionSettings = { siteId: EX.siteId, ...days, aggregates: null, updatedAt: EX.at };
const run: PurgeRun = {
  id: "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
  siteId: EX.siteId,
  trigger: "schedule",
  status: "done",
  removed: {
    reportEvents: 0,
    pageViews: 1840,
    activities: 312,
    transcripts: 25,
    anonymousVisitors: 960,
    webhookDeliveries: 5200,
  },
  batches: 4,
  more: false,
  requestedBy: null,
  queuedAt: "2026-03-09T03:00:00.000Z",
  startedAt: "2026-03-09T03:00:01.000Z",
  finishedAt: "2026-03-09T03:00:07.000Z",
  durationMs: 6120,
  error: null,
};
const removed: ErasureCounts = {
  people: 1,
  visitors: 2,
  conversations: 3,
  messages: 41,
  notes: 1,
  liveChats: 1,
  activities: 17,
  pageViews: 58,
  mails: 1,
  eventsAnonymised: 64,
  meetingsAnonymised: 1,
  webhookDeliveries: 4,
  calendarEvents: 1,
};
const erasure = (subject: "person" | "visitor", subjectId: string) => ({
  id: "1b2c3d4e-5f6a-4b7c-9d8e-9f0a1b2c3d4e",
  siteId: EX.siteId,
  subject,
  subjectId,
  erasedBy: EX.userId,
  erasedAt: EX.later,
  removed: subject === "person" ? removed : { ...removed, people: 0, visitors: 1 },
  alreadyErased: false,
});

export const retentionExamples = {
  settings: { response: { 200: settings } },
  update: { body: days, response: { 200: settings } },
  runs: { querystring: { limit: 20 }, response: { 200: { items: [run] } } },
  purgeNow: {
    response: {
      202: {
        ...run,
        trigger: "manual",
        status: "queued",
        removed: {
          ...run.removed,
          pageViews: 0,
          activities: 0,
          transcripts: 0,
          anonymousVisitors: 0,
          webhookDeliveries: 0,
        },
        batches: 0,
        requestedBy: EX.userId,
        startedAt: null,
        finishedAt: null,
        durationMs: null,
      },
    },
  },
  erasePerson: { response: { 200: erasure("person", EX.personId) } },
  eraseVisitor: { response: { 200: erasure("visitor", EX.visitorId) } },
} satisfies Record<string, RouteExamples>;
