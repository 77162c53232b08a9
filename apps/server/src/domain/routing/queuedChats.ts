import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";

/**
 * The site's queued chats in queue order — first in, first out (`queued_at`, then id for chats
 * queued in the same instant) — for the caller to select from: who is offered next, every
 * visitor's place, the inbox's queue positions all read this one order.
 */
export function queuedChats(db: Kysely<Database>, siteId: string) {
  return db
    .selectFrom("live_chats")
    .where("live_chats.site_id", "=", siteId)
    .where("live_chats.status", "=", "queued")
    .orderBy("live_chats.queued_at")
    .orderBy("live_chats.id");
}
