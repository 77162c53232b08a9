import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * Webhooks (product.md §8, docs/webhooks.md): a site's subscriptions to event types, one delivery
 * per event and subscription (its id is the stable id receivers see on every retry and replay),
 * and the delivery log: every attempt with its status code, duration and error.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("webhook_subscriptions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("url", "text", (c) => c.notNull())
    // JSON array of WebhookEventType (packages/protocol/src/webhooks.ts)
    .addColumn("event_types", "text", (c) => c.notNull())
    // the signing secret, encrypted with the instance secret (calendar/secretBox.ts)
    .addColumn("secret", "text", (c) => c.notNull())
    .addColumn("secret_prefix", "text", (c) => c.notNull())
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("webhook_subscriptions_site")
    .on("webhook_subscriptions")
    .columns(["site_id", "active"])
    .execute();

  await db.schema
    .createTable("webhook_deliveries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("subscription_id", "text", (c) =>
      c.notNull().references("webhook_subscriptions.id").onDelete("cascade"),
    )
    .addColumn("event_type", "text", (c) => c.notNull())
    // the exact JSON body POSTed on every attempt
    .addColumn("payload", "text", (c) => c.notNull())
    // pending | failed | delivered | dead
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    // the attempt count at which a failure is final (raised by one on a replay)
    .addColumn("max_attempts", "integer", (c) => c.notNull())
    .addColumn("next_attempt_at", "text")
    .addColumn("last_status_code", "integer")
    .addColumn("last_error", "text")
    .addColumn("response_time_ms", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("delivered_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_site_created")
    .on("webhook_deliveries")
    .columns(["site_id", "created_at", "id"])
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_subscription_created")
    .on("webhook_deliveries")
    .columns(["subscription_id", "created_at", "id"])
    .execute();

  await db.schema
    .createTable("webhook_attempts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("delivery_id", "text", (c) =>
      c.notNull().references("webhook_deliveries.id").onDelete("cascade"),
    )
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("status_code", "integer")
    .addColumn("duration_ms", "integer", (c) => c.notNull())
    .addColumn("error", "text")
    // at most RESPONSE_EXCERPT_CHARS of the answer's body
    .addColumn("response_excerpt", "text")
    .execute();
  await db.schema
    .createIndex("webhook_attempts_delivery")
    .on("webhook_attempts")
    .columns(["delivery_id", "number"])
    .unique()
    .execute();
}
