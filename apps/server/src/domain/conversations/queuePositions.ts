import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";

/** Position (1 = next) of every queued chat of the site, first in first out. */
export async function queuePositions(db: Kysely<Database>, siteId: string): Promise<Map<string, number>> {
  const queued = await db
    .selectFrom("live_chats")
    .select("id")
    .where("site_id", "=", siteId)
    .where("status", "=", "queued")
    .orderBy("queued_at")
    .orderBy("id")
    .execute();
  return new Map(queued.map((q, i) => [q.id, i + 1]));
}
