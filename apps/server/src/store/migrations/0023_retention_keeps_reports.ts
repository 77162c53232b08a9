import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * Retention keeps what the reports read (docs/retention.md): a live chat's first agent answer is
 * noted on the chat before a transcript purge removes its messages, so the live-chat report's
 * average first response stays the same. Null: not noted (the report reads the messages), or no agent
 * answered.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("live_chats").addColumn("first_response_at", "text").execute();
}
