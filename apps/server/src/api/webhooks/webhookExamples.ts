import type { WebhookDelivery, WebhookDeliveryDetail, WebhookSubscription } from "@parley/protocol/webhooks";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";

const subscription: WebhookSubscription = {
  id: "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b",
  siteId: EX.siteId,
  url: "https://crm.example.com/hooks/parley",
  eventTypes: ["activity.email_given", "meeting.booked"],
  active: true,
  description: "CRM sync",
  secretPrefix: "whsec_4Kq",
  createdBy: EX.userId,
  createdAt: EX.created,
  updatedAt: EX.at,
};
const withSecret = { subscription, secret: "whsec_4Kq9Vd2mLx7Rb1Zc8Wn3Tf6Hy0Pj5Sg" };
const delivery: WebhookDelivery = {
  id: "9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c",
  subscriptionId: subscription.id,
  type: "activity.email_given",
  status: "delivered",
  attempts: 2,
  nextAttemptAt: null,
  lastStatusCode: 200,
  lastError: null,
  responseTimeMs: 84,
  createdAt: "2026-03-09T10:16:20.000Z",
  deliveredAt: "2026-03-09T10:16:52.000Z",
};
const detail: WebhookDeliveryDetail = {
  ...delivery,
  payload: {
    id: delivery.id,
    type: "activity.email_given",
    createdAt: "2026-03-09T10:16:20.000Z",
    siteId: EX.siteId,
    data: {
      personId: EX.personId,
      visitorId: EX.visitorId,
      dialogueId: EX.dialogueId,
      email: "ada@example.com",
    },
  },
  attemptLog: [
    {
      number: 1,
      at: "2026-03-09T10:16:21.000Z",
      statusCode: 503,
      durationMs: 120,
      error: null,
      responseExcerpt: "Service Unavailable",
    },
    {
      number: 2,
      at: "2026-03-09T10:16:52.000Z",
      statusCode: 200,
      durationMs: 84,
      error: null,
      responseExcerpt: "ok",
    },
  ],
};
const pending = {
  ...delivery,
  status: "pending" as const,
  attempts: 0,
  lastStatusCode: null,
  responseTimeMs: null,
  deliveredAt: null,
};

export const webhookExamples = {
  list: { response: { 200: { items: [subscription] } } },
  create: {
    body: { url: subscription.url, eventTypes: subscription.eventTypes, description: "CRM sync" },
    response: { 201: withSecret },
  },
  get: { response: { 200: subscription } },
  update: { body: { active: false }, response: { 200: { ...subscription, active: false } } },
  delete: { response: { 200: { ok: true } } },
  rotate: { response: { 200: { ...withSecret, secret: "whsec_7Lp2Qz9Xc4Vb6Nm1Ks8Dj3Fh5Gt0Ry" } } },
  test: { response: { 202: { ...pending, type: "webhook.test" } } },
  deliveries: {
    querystring: { subscriptionId: subscription.id, status: "delivered", limit: 50 },
    response: { 200: { items: [delivery], nextCursor: null } },
  },
  delivery: { response: { 200: detail } },
  replay: { response: { 202: pending } },
} satisfies Record<string, RouteExamples>;
