import type { Answer, Segment } from "@parley/protocol/library";
import type { AccountRoute, CannedResponse, RoutingRule } from "@parley/protocol/liveChat";
import type { OutboxMail } from "@parley/protocol/mail";
import type { z } from "zod";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";

const conditions = {
  match: "all",
  conditions: [
    { type: "attribute", attribute: "company.industry", operator: "is", value: "Manufacturing" },
    {
      match: "any",
      conditions: [
        { type: "attribute", attribute: "visitor.country", operator: "is", value: "GB" },
        { type: "attribute", attribute: "visitor.country", operator: "is", value: "IE" },
      ],
    },
  ],
};
const segment: z.infer<typeof Segment> = {
  id: "8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d",
  siteId: EX.siteId,
  name: "UK and Irish manufacturers",
  conditions,
  createdAt: EX.created,
  updatedAt: EX.at,
};
const answer: Answer = {
  id: "9b0c1d2e-3f4a-4b5c-9d6e-7f8a9b0c1d2e",
  siteId: EX.siteId,
  question: "Do you offer a free trial?",
  answer: "Yes: every plan starts with a 14-day trial, no card needed.",
  keywords: ["trial", "free"],
  createdAt: EX.created,
  updatedAt: EX.at,
};
const canned: CannedResponse = {
  id: "0c1d2e3f-4a5b-4c6d-8e7f-8a9b0c1d2e3f",
  shortcut: "pricing",
  title: "Pricing page",
  text: "All our plans are on https://www.example.com/pricing — happy to walk you through them.",
  updatedAt: EX.at,
};
const accountRoute: AccountRoute = {
  id: "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a",
  domain: "analytical-engines.example",
  companyId: null,
  companyName: null,
  ownerId: EX.agentId,
  ownerName: "Grace Hopper",
  createdAt: EX.created,
};
const rule: RoutingRule = {
  id: "2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b",
  name: "Enterprise leads to sales EMEA",
  priority: 10,
  agentIds: [],
  teamId: EX.teamId,
  conditions: [{ type: "attribute", attribute: "person.plan", operator: "is", value: "enterprise" }],
  createdAt: EX.created,
  updatedAt: EX.at,
};
const mail: OutboxMail = {
  id: "3f4a5b6c-7d8e-4f9a-8b1c-2d3e4f5a6b7c",
  kind: "invite",
  recipient: "grace@example.com",
  subject: "You're invited to Parley",
  status: "sent",
  attempts: 1,
  lastError: null,
  createdAt: EX.at,
  sentAt: "2026-03-09T10:15:02.000Z",
  messageId: "<3f4a5b6c@parley.example.com>",
  text: "Hi Grace,\n\nMarge invited you to Parley. Choose your password: https://parley.example.com/password?token=…",
  attachments: [],
};
const { messageId: _id, text: _text, attachments: _files, ...mailSummary } = mail;
const ok = { 200: { ok: true } };

export const libraryExamples = {
  segments: { response: { 200: [segment] } },
  createSegment: { body: { name: "UK and Irish manufacturers", conditions }, response: { 201: segment } },
  updateSegment: {
    body: { name: "UK & IE manufacturers" },
    response: { 200: { ...segment, name: "UK & IE manufacturers" } },
  },
  deleteSegment: { response: ok },
  answers: { response: { 200: [answer] } },
  searchAnswers: {
    querystring: { q: "is there a free trial", limit: 3 },
    response: { 200: [{ answer, score: 0.82 }] },
  },
  createAnswer: {
    body: { question: answer.question, answer: answer.answer, keywords: answer.keywords },
    response: { 201: answer },
  },
  updateAnswer: {
    body: { keywords: ["trial", "free", "test"] },
    response: { 200: { ...answer, keywords: ["trial", "free", "test"] } },
  },
  deleteAnswer: { response: ok },
  canned: { response: { 200: { items: [canned] } } },
  createCanned: {
    body: { shortcut: "pricing", title: canned.title, text: canned.text },
    response: { 201: canned },
  },
  updateCanned: { body: { title: "Pricing" }, response: { 200: { ...canned, title: "Pricing" } } },
  deleteCanned: { response: ok },
  accountRoutes: { response: { 200: { items: [accountRoute] } } },
  createAccountRoute: {
    body: { domain: "analytical-engines.example", ownerId: EX.agentId },
    response: { 201: accountRoute },
  },
  deleteAccountRoute: { response: ok },
  importAccountRoutes: {
    body: {
      csv: "domain,owner\nanalytical-engines.example,grace@example.com\nbad domain,grace@example.com\n",
      dryRun: true,
    },
    response: {
      200: {
        created: 1,
        updated: 0,
        unchanged: 0,
        failed: [{ line: 3, message: "domain must be a domain such as example.com" }],
        dryRun: true,
      },
    },
  },
  rules: { response: { 200: { items: [rule] } } },
  createRule: {
    body: { name: rule.name, priority: 10, teamId: EX.teamId, conditions: rule.conditions },
    response: { 201: rule },
  },
  updateRule: { body: { priority: 20 }, response: { 200: { ...rule, priority: 20 } } },
  deleteRule: { response: ok },
  targets: {
    response: {
      200: {
        agents: [
          { id: EX.agentId, name: "Grace Hopper", liveChat: true, meetings: true, teamIds: [EX.teamId] },
        ],
        teams: [{ id: EX.teamId, name: "Sales EMEA" }],
        rules: [{ id: rule.id, name: rule.name }],
      },
    },
  },
  outbox: { querystring: { limit: 100 }, response: { 200: [mailSummary] } },
  mail: { response: { 200: mail } },
} satisfies Record<string, RouteExamples>;
