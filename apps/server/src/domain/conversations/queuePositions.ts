import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import { queuedChats } from "../routing/queuedChats";

/** Position (1 = next) of every queued chat of the site, first in first out. */
export async function queuePositions(db: Kysely<Database>, siteId: string): Promise<Map<string, number>> {
  const queued = await queuedChats(db, siteId).select("live_chats.id").execute();
  return new Map(queued.map((q, i) => [q.id, i + 1]));
}
