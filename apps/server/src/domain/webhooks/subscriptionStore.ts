import type {
  CreateWebhookSubscriptionBody,
  UpdateWebhookSubscriptionBody,
  WebhookEventType,
  WebhookSubscription,
  WebhookSubscriptionWithSecret,
} from "@parley/protocol/webhooks";
import type { Kysely } from "kysely";
import type { z } from "zod";
import type { AppContext } from "../../api/context";
import { notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { Database, WebhookSubscriptionTable } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { selfId } from "../agents/editableAgent";
import { checkWebhookUrl } from "./checkWebhookUrl";
import { announceSubscriptionsChanged } from "./subscriptionCache";
import { newSubscriptionSecret } from "./webhookSecret";

type CreateInput = z.output<typeof CreateWebhookSubscriptionBody>;
type UpdateInput = z.output<typeof UpdateWebhookSubscriptionBody>;

export function presentSubscription(row: WebhookSubscriptionTable): WebhookSubscription {
  return {
    id: row.id,
    siteId: row.site_id,
    url: row.url,
    eventTypes: parseJson<WebhookEventType[]>(row.event_types, []),
    active: row.active === 1,
    description: row.description,
    secretPrefix: row.secret_prefix,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listSubscriptions(
  db: Kysely<Database>,
  siteId: string,
): Promise<WebhookSubscription[]> {
  const rows = await db
    .selectFrom("webhook_subscriptions")
    .selectAll()
    .where("site_id", "=", siteId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(presentSubscription);
}

/** The site's subscription; one of another site reads as missing. */
export async function subscriptionRow(
  db: Kysely<Database>,
  siteId: string,
  id: string,
): Promise<WebhookSubscriptionTable> {
  const row = await db
    .selectFrom("webhook_subscriptions")
    .selectAll()
    .where("id", "=", id)
    .where("site_id", "=", siteId)
    .executeTakeFirst();
  if (!row) throw notFound("Webhook subscription");
  return row;
}

/** A new subscription with a new secret, returned this once. */
export async function createSubscription(
  ctx: Pick<AppContext, "store" | "bus" | "secretKey" | "config">,
  actor: Actor,
  siteId: string,
  input: CreateInput,
): Promise<WebhookSubscriptionWithSecret> {
  await checkWebhookUrl(input.url, ctx.config.outboundAllow);
  const id = newId();
  const { secret, sealed, prefix } = newSubscriptionSecret(ctx.secretKey, id);
  const now = nowIso();
  const row: WebhookSubscriptionTable = {
    id,
    site_id: siteId,
    url: input.url,
    event_types: toJson(input.eventTypes),
    secret: sealed,
    secret_prefix: prefix,
    active: input.active ? 1 : 0,
    description: input.description,
    created_by: selfId(actor),
    created_at: now,
    updated_at: now,
  };
  await ctx.store.db.insertInto("webhook_subscriptions").values(row).execute();
  await announceSubscriptionsChanged(ctx, siteId);
  return { subscription: presentSubscription(row), secret };
}

export async function updateSubscription(
  ctx: Pick<AppContext, "store" | "bus" | "config">,
  siteId: string,
  id: string,
  patch: UpdateInput,
): Promise<WebhookSubscription> {
  if (patch.url !== undefined) await checkWebhookUrl(patch.url, ctx.config.outboundAllow);
  const updated = await ctx.store.db.transaction().execute(async (trx) => {
    await subscriptionRow(trx, siteId, id);
    await trx
      .updateTable("webhook_subscriptions")
      .set({
        ...(patch.url !== undefined && { url: patch.url }),
        ...(patch.eventTypes !== undefined && { event_types: toJson(patch.eventTypes) }),
        ...(patch.active !== undefined && { active: patch.active ? 1 : 0 }),
        ...(patch.description !== undefined && { description: patch.description }),
        updated_at: nowIso(),
      })
      .where("id", "=", id)
      .execute();
    return presentSubscription(await subscriptionRow(trx, siteId, id));
  });
  await announceSubscriptionsChanged(ctx, siteId);
  return updated;
}

/** Deletes the subscription with its delivery log; its pending attempts then find nothing to send. */
export async function deleteSubscription(
  ctx: Pick<AppContext, "store" | "bus">,
  siteId: string,
  id: string,
): Promise<void> {
  const result = await ctx.store.db
    .deleteFrom("webhook_subscriptions")
    .where("id", "=", id)
    .where("site_id", "=", siteId)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound("Webhook subscription");
  await announceSubscriptionsChanged(ctx, siteId);
}

/** A new secret, returned this once; the old one stops signing at once (pending attempts use the new one). */
export async function rotateSubscriptionSecret(
  ctx: Pick<AppContext, "store" | "secretKey">,
  siteId: string,
  id: string,
): Promise<WebhookSubscriptionWithSecret> {
  const { secret, sealed, prefix } = newSubscriptionSecret(ctx.secretKey, id);
  return ctx.store.db.transaction().execute(async (trx) => {
    await subscriptionRow(trx, siteId, id);
    await trx
      .updateTable("webhook_subscriptions")
      .set({ secret: sealed, secret_prefix: prefix, updated_at: nowIso() })
      .where("id", "=", id)
      .execute();
    return { subscription: presentSubscription(await subscriptionRow(trx, siteId, id)), secret };
  });
}
