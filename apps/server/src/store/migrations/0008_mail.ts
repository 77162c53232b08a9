import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * Outgoing mail and the links it carries. Every mail is a row of `outbox`, written in the transaction
 * of the change that sends it and delivered by a `mail.send` job; without SMTP it stays there, for
 * admins to read. `user_tokens` are the single-use links of invitations and password resets (only a
 * hash of the token is kept); `password_reset_requests` counts "Forgot password?" asks for the limit.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("outbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    // What it is about: "invite", "password_reset", …
    .addColumn("kind", "text", (c) => c.notNull())
    // The user the mail is about, when there is one (who may read it in the app depends on them).
    .addColumn("user_id", "text")
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("text_body", "text", (c) => c.notNull())
    .addColumn("html_body", "text")
    // JSON array of { filename, contentType, content (base64) }; null when there are none.
    .addColumn("attachments", "text")
    // queued → sent | failed; unsent when no SMTP server is configured
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_error", "text")
    .addColumn("message_id", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("outbox_created").on("outbox").column("created_at").execute();

  await db.schema
    .createTable("user_tokens")
    // sha256 of the token sent in the link
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    // "invite" | "password_reset"
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("user_tokens_user").on("user_tokens").columns(["user_id", "purpose"]).execute();

  await db.schema
    .createTable("password_reset_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("ip", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("password_reset_requests_email")
    .on("password_reset_requests")
    .columns(["email", "at"])
    .execute();
  await db.schema
    .createIndex("password_reset_requests_ip")
    .on("password_reset_requests")
    .columns(["ip", "at"])
    .execute();
}
