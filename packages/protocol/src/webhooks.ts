import { z } from "zod";
import { Id, Timestamp } from "./common";

/**
 * Webhooks (product.md §8; docs/webhooks.md): a site's subscriptions to event types, each event
 * POSTed as signed JSON to the subscription's URL, retried with backoff, logged, replayable.
 * Event types are `<group>.<name>`: every activity of the timeline (`activity.email_given` …),
 * meeting events and live-chat events.
 */

/** The activity types of the timeline (server: ACTIVITY_TYPES in domain/engine/recordEvent.ts). */
export const ACTIVITY_WEBHOOK_TYPES = [
  "activity.triggered",
  "activity.engaged",
  "activity.completed",
  "activity.dropped",
  "activity.email_given",
  "activity.goal_reached",
  "activity.meeting_scheduled",
  "activity.agent_engaged",
  "activity.agent_left",
  "activity.content_opened",
  "activity.consent_given",
  "activity.answer_not_saved",
] as const;

export const MEETING_WEBHOOK_TYPES = [
  "meeting.booked",
  "meeting.rescheduled",
  "meeting.cancelled",
  "meeting.no_show",
] as const;

export const LIVECHAT_WEBHOOK_TYPES = [
  "livechat.requested",
  "livechat.connected",
  "livechat.ended",
  "livechat.missed",
] as const;

/** Every type a subscription can choose. */
export const WEBHOOK_EVENT_TYPES = [
  ...ACTIVITY_WEBHOOK_TYPES,
  ...MEETING_WEBHOOK_TYPES,
  ...LIVECHAT_WEBHOOK_TYPES,
] as const;
export const WebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

/** What "Send test event" sends: never chosen by a subscription, always delivered to the one tested. */
export const WEBHOOK_TEST_TYPE = "webhook.test";

/** The groups the settings screen shows the types in. */
export const WEBHOOK_EVENT_GROUPS: { label: string; types: readonly WebhookEventType[] }[] = [
  { label: "Activities", types: ACTIVITY_WEBHOOK_TYPES },
  { label: "Meetings", types: MEETING_WEBHOOK_TYPES },
  { label: "Live chat", types: LIVECHAT_WEBHOOK_TYPES },
];

/** http or https, absolute, without credentials; the outbound guard judges the host (at save and at each delivery). */
export const WebhookUrl = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https?$/, message: "must be an absolute http or https URL" }))
  .refine((value) => !/^[a-z]+:\/\/[^/?#]*@/i.test(value), "must not carry a user name or password");

const EventTypes = z
  .array(WebhookEventType)
  .min(1, "choose at least one event type")
  .max(WEBHOOK_EVENT_TYPES.length)
  .transform((types) => [...new Set(types)]);

export const WebhookSubscription = z.object({
  id: Id,
  siteId: Id,
  url: z.string(),
  eventTypes: z.array(WebhookEventType),
  active: z.boolean(),
  description: z.string(),
  secretPrefix: z.string().describe("The first characters of the signing secret, to recognise it"),
  createdBy: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type WebhookSubscription = z.infer<typeof WebhookSubscription>;

export const WebhookSubscriptionList = z.object({ items: z.array(WebhookSubscription) });

export const CreateWebhookSubscriptionBody = z.strictObject({
  url: WebhookUrl,
  eventTypes: EventTypes,
  active: z.boolean().default(true),
  description: z.string().trim().max(200).default(""),
});
export type CreateWebhookSubscriptionBody = z.input<typeof CreateWebhookSubscriptionBody>;

export const UpdateWebhookSubscriptionBody = z.strictObject({
  url: WebhookUrl.optional(),
  eventTypes: EventTypes.optional(),
  active: z.boolean().optional(),
  description: z.string().trim().max(200).optional(),
});
export type UpdateWebhookSubscriptionBody = z.input<typeof UpdateWebhookSubscriptionBody>;

/** At creation and after a rotation only: the secret is never returned again. */
export const WebhookSubscriptionWithSecret = z.object({
  subscription: WebhookSubscription,
  secret: z.string().describe("Shown once: store it now, it cannot be read again"),
});
export type WebhookSubscriptionWithSecret = z.infer<typeof WebhookSubscriptionWithSecret>;

/**
 * pending: waiting for its first attempt (or a replay's); failed: an attempt failed and another is
 * scheduled (`nextAttemptAt`); delivered: a 2xx answer; dead: every attempt failed, none scheduled.
 */
export const WEBHOOK_DELIVERY_STATUSES = ["pending", "failed", "delivered", "dead"] as const;
export const WebhookDeliveryStatus = z.enum(WEBHOOK_DELIVERY_STATUSES);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatus>;

/** The JSON body POSTed, the same bytes on every attempt and replay of one delivery. */
export const WebhookPayload = z.object({
  id: Id.describe("The delivery id: the same on retries and replays, so receivers can drop duplicates"),
  type: z.string(),
  createdAt: Timestamp.describe("When the event happened"),
  siteId: Id,
  data: z.record(z.string(), z.unknown()),
});
export type WebhookPayload = z.infer<typeof WebhookPayload>;

export const WebhookDelivery = z.object({
  id: Id,
  subscriptionId: Id,
  type: z.string(),
  status: WebhookDeliveryStatus,
  attempts: z.number().int(),
  nextAttemptAt: Timestamp.nullable(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  responseTimeMs: z.number().int().nullable().describe("Duration of the last attempt"),
  createdAt: Timestamp,
  deliveredAt: Timestamp.nullable(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookAttempt = z.object({
  number: z.number().int(),
  at: Timestamp,
  statusCode: z.number().int().nullable(),
  durationMs: z.number().int(),
  error: z.string().nullable(),
  responseExcerpt: z.string().nullable().describe("The first characters of the answer's body"),
});
export type WebhookAttempt = z.infer<typeof WebhookAttempt>;

export const WebhookDeliveryDetail = WebhookDelivery.extend({
  payload: WebhookPayload,
  attemptLog: z.array(WebhookAttempt).describe("Every attempt, oldest first"),
});
export type WebhookDeliveryDetail = z.infer<typeof WebhookDeliveryDetail>;

export const WebhookDeliveryQuery = z.strictObject({
  subscriptionId: Id.optional(),
  status: WebhookDeliveryStatus.optional(),
  type: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Opaque; taken from the previous page's `nextCursor`. */
  cursor: z.string().max(500).optional(),
});
export type WebhookDeliveryQuery = z.input<typeof WebhookDeliveryQuery>;

export const WebhookDeliveryPage = z.object({
  items: z.array(WebhookDelivery),
  /** Null on the last page. */
  nextCursor: z.string().nullable(),
});
export type WebhookDeliveryPage = z.infer<typeof WebhookDeliveryPage>;
