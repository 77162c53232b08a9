import { type Kysely, sql } from "kysely";
import type { RateLimit } from "../../env";
import { AppError } from "../../errors";
import { clock } from "../../lib/clock";
import type { Database } from "../../store/schema";

/**
 * Counts one hit for `key` in the current fixed window and refuses it (429 `rate_limited` with
 * Retry-After, or an error frame on a socket) past `limit.max`. The counter is one row per key and
 * window raised by an atomic upsert, so every node sharing the database counts together and two
 * parallel hits can never both be the last one allowed. A refused hit still counts: hammering does
 * not buy an earlier turn. `what` names the thing limited in the message.
 */
export async function assertWithinLimit(
  db: Kysely<Database>,
  key: string,
  limit: RateLimit,
  what: string,
): Promise<void> {
  const now = clock().now();
  const windowStart = Math.floor(now / limit.windowMs) * limit.windowMs;
  const row = await db
    .insertInto("rate_limit_counters")
    .values({
      key,
      window_start: new Date(windowStart).toISOString(),
      hits: 1,
      expires_at: new Date(windowStart + limit.windowMs).toISOString(),
    })
    .onConflict((oc) =>
      oc.columns(["key", "window_start"]).doUpdateSet({ hits: sql<number>`rate_limit_counters.hits + 1` }),
    )
    .returning("hits")
    .executeTakeFirstOrThrow();
  if (Number(row.hits) <= limit.max) return;
  const retryAfter = Math.max(1, Math.ceil((windowStart + limit.windowMs - now) / 1000));
  throw new AppError(
    "rate_limited",
    `Too many ${what}. Try again in ${retryAfter} second(s).`,
    { retryAfterSeconds: retryAfter },
    { "retry-after": String(retryAfter) },
  );
}
