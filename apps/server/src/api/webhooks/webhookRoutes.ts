import { OkResponse, SiteItemParams, SiteParams } from "@parley/protocol/common";
import {
  CreateWebhookSubscriptionBody,
  UpdateWebhookSubscriptionBody,
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookDeliveryPage,
  WebhookDeliveryQuery,
  WebhookSubscription,
  WebhookSubscriptionList,
  WebhookSubscriptionWithSecret,
} from "@parley/protocol/webhooks";
import type { Actor } from "../../domain/auth/actor";
import { listDeliveries, readDelivery } from "../../domain/webhooks/deliveryLog";
import { replayDelivery, sendTestEvent } from "../../domain/webhooks/replayDelivery";
import {
  createSubscription,
  deleteSubscription,
  listSubscriptions,
  presentSubscription,
  rotateSubscriptionSecret,
  subscriptionRow,
  updateSubscription,
} from "../../domain/webhooks/subscriptionStore";
import type { App, AppContext } from "../context";
import { webhookExamples } from "./webhookExamples";

const tags = ["webhooks"];
const policy = "integrations.manage";

/** Webhook subscriptions, their delivery log, replay and test events (docs/webhooks.md). */
export function webhookRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/sites/:siteId/webhooks",
    {
      schema: {
        tags,
        summary: "List webhook subscriptions",
        description: "The site's webhook subscriptions, oldest first. Secrets are never returned here.",
        params: SiteParams,
        response: { 200: WebhookSubscriptionList },
      },
      config: { examples: webhookExamples.list, policy },
    },
    async (request) => ({ items: await listSubscriptions(db, request.params.siteId) }),
  );
  app.post(
    "/api/sites/:siteId/webhooks",
    {
      schema: {
        tags,
        summary: "Create a webhook subscription",
        description:
          "Subscribes an http(s) URL to event types. The URL's host must be public (the outbound guard; PARLEY_OUTBOUND_ALLOW lists exceptions). The answer carries the signing secret: the only time it is shown.",
        params: SiteParams,
        body: CreateWebhookSubscriptionBody,
        response: { 201: WebhookSubscriptionWithSecret },
      },
      config: { examples: webhookExamples.create, policy },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createSubscription(ctx, request.actor as Actor, request.params.siteId, request.body)),
  );
  app.get(
    "/api/sites/:siteId/webhooks/:id",
    {
      schema: {
        tags,
        summary: "Read a webhook subscription",
        description: "One subscription of the site, without its secret.",
        params: SiteItemParams,
        response: { 200: WebhookSubscription },
      },
      config: { examples: webhookExamples.get, policy },
    },
    async (request) =>
      presentSubscription(await subscriptionRow(db, request.params.siteId, request.params.id)),
  );
  app.patch(
    "/api/sites/:siteId/webhooks/:id",
    {
      schema: {
        tags,
        summary: "Change a webhook subscription",
        description:
          "Changes the URL (guarded again), the event types, the description or whether it is active. An inactive subscription gets no new deliveries and its scheduled retries end as dead.",
        params: SiteItemParams,
        body: UpdateWebhookSubscriptionBody,
        response: { 200: WebhookSubscription },
      },
      config: { examples: webhookExamples.update, policy },
    },
    async (request) => updateSubscription(ctx, request.params.siteId, request.params.id, request.body),
  );
  app.delete(
    "/api/sites/:siteId/webhooks/:id",
    {
      schema: {
        tags,
        summary: "Delete a webhook subscription",
        description: "Deletes the subscription and its delivery log; nothing more is sent to it.",
        params: SiteItemParams,
        response: { 200: OkResponse },
      },
      config: { examples: webhookExamples.delete, policy },
    },
    async (request) => {
      await deleteSubscription(ctx, request.params.siteId, request.params.id);
      return { ok: true as const };
    },
  );
  app.post(
    "/api/sites/:siteId/webhooks/:id/rotate-secret",
    {
      schema: {
        tags,
        summary: "Rotate a webhook subscription's secret",
        description:
          "Replaces the signing secret at once (scheduled retries are signed with the new one) and returns it: the only time it is shown.",
        params: SiteItemParams,
        response: { 200: WebhookSubscriptionWithSecret },
      },
      config: { examples: webhookExamples.rotate, policy },
    },
    async (request) => rotateSubscriptionSecret(ctx, request.params.siteId, request.params.id),
  );
  app.post(
    "/api/sites/:siteId/webhooks/:id/test",
    {
      schema: {
        tags,
        summary: "Send a test event",
        description:
          "Queues a `webhook.test` delivery to this subscription, made at once, one attempt; it appears in the delivery log.",
        params: SiteItemParams,
        response: { 202: WebhookDelivery },
      },
      config: { examples: webhookExamples.test, policy },
    },
    async (request, reply) =>
      reply.status(202).send(await sendTestEvent(ctx, request.params.siteId, request.params.id)),
  );
  app.get(
    "/api/sites/:siteId/webhook-deliveries",
    {
      schema: {
        tags,
        summary: "List webhook deliveries",
        description:
          "The delivery log, newest first, paged with `cursor` (from the previous page's `nextCursor`); filter by subscription, status and event type.",
        params: SiteParams,
        querystring: WebhookDeliveryQuery,
        response: { 200: WebhookDeliveryPage },
      },
      config: { examples: webhookExamples.deliveries, policy },
    },
    async (request) => listDeliveries(db, request.params.siteId, request.query),
  );
  app.get(
    "/api/sites/:siteId/webhook-deliveries/:id",
    {
      schema: {
        tags,
        summary: "Read a webhook delivery",
        description:
          "One delivery with the JSON body it sends and every attempt (time, status code, duration, error).",
        params: SiteItemParams,
        response: { 200: WebhookDeliveryDetail },
      },
      config: { examples: webhookExamples.delivery, policy },
    },
    async (request) => readDelivery(db, request.params.siteId, request.params.id),
  );
  app.post(
    "/api/sites/:siteId/webhook-deliveries/:id/replay",
    {
      schema: {
        tags,
        summary: "Replay a webhook delivery",
        description:
          "One new attempt of a delivered or dead delivery, made at once: the same delivery id and body, a fresh signature. 409 while it is still being attempted.",
        params: SiteItemParams,
        response: { 202: WebhookDelivery },
      },
      config: { examples: webhookExamples.replay, policy },
    },
    async (request, reply) =>
      reply.status(202).send(await replayDelivery(ctx, request.params.siteId, request.params.id)),
  );
}
