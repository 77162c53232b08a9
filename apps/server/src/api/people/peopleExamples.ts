import type { ConversationSummary, PersonListItem, TimelineEntry, Visit } from "@parley/protocol/directory";
import type { CreatePersonBody, Person, UpdatePersonBody } from "@parley/protocol/people";
import type { z } from "zod";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";

export const personExample: Person = {
  id: EX.personId,
  siteId: EX.siteId,
  email: "ada@example.com",
  firstName: "Ada",
  lastName: "Lovelace",
  phone: "+44 20 7946 0100",
  jobTitle: "Head of Engineering",
  companyId: EX.companyId,
  fields: { plan: "enterprise", seats: 40 },
  createdAt: EX.created,
  updatedAt: EX.later,
};

const listItem: PersonListItem = { ...personExample, companyName: "Analytical Engines Ltd" };

const visit: Visit = {
  id: "b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e",
  visitorId: EX.visitorId,
  startedAt: "2026-03-09T10:12:03.000Z",
  endedAt: EX.later,
  attributes: { device: "desktop", language: "en-GB", "utm.source": "newsletter" },
  pages: [
    {
      url: "https://www.example.com/pricing",
      referrer: "https://mail.example.net/",
      views: 2,
      firstAt: "2026-03-09T10:12:03.000Z",
      lastAt: "2026-03-09T10:14:51.000Z",
    },
  ],
};

export const conversationSummaryExample: ConversationSummary = {
  id: EX.conversationId,
  dialogueId: EX.dialogueId,
  dialogueName: "Book a demo",
  kind: "dialogue",
  version: 3,
  status: "completed",
  score: 12,
  pageUrl: "https://www.example.com/pricing",
  language: "en",
  messageCount: 6,
  startedAt: EX.at,
  updatedAt: EX.later,
  endedAt: EX.later,
};

export const activityEntryExample: TimelineEntry = {
  id: EX.activityId,
  type: "email_given",
  dialogueId: EX.dialogueId,
  dialogueName: "Book a demo",
  dialogueVersion: 3,
  pageUrl: "https://www.example.com/pricing",
  data: { email: "ada@example.com" },
  at: "2026-03-09T10:16:20.000Z",
};

const createBody: z.input<typeof CreatePersonBody> = {
  email: "ada@example.com",
  firstName: "Ada",
  lastName: "Lovelace",
  companyId: EX.companyId,
  fields: { plan: "enterprise", seats: 40 },
};
const updateBody: z.input<typeof UpdatePersonBody> = {
  jobTitle: "Head of Engineering",
  fields: { seats: 40 },
};

export const peopleExamples = {
  list: {
    querystring: { q: "ada", sort: "updated", order: "desc", limit: 2 },
    response: { 200: { items: [listItem], nextCursor: EX.cursor } },
  },
  get: { response: { 200: personExample } },
  create: { body: createBody, response: { 201: personExample } },
  update: { body: updateBody, response: { 200: personExample } },
  delete: { response: { 200: { ok: true } } },
  visits: { response: { 200: { items: [visit] } } },
  conversations: { response: { 200: { items: [conversationSummaryExample] } } },
  timeline: {
    querystring: { limit: 20 },
    response: { 200: { items: [activityEntryExample], nextCursor: null } },
  },
} satisfies Record<string, RouteExamples>;
