import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";

/**
 * Locks a host's time until the transaction ends: their availability row, created with `defaults`
 * when missing (FOR UPDATE on PostgreSQL; SQLite serialises writers). Every claim, reschedule and
 * cancellation of the host's meetings holds it while it re-checks and writes, so two visitors or two
 * nodes can never both take overlapping time, whatever the starts.
 */
export async function lockHost(
  trx: Kysely<Database>,
  kind: "postgres" | "sqlite",
  userId: string,
  defaults: unknown,
): Promise<void> {
  await trx
    .insertInto("meeting_availability")
    .values({ user_id: userId, settings: toJson(defaults), updated_at: nowIso() })
    .onConflict((oc) => oc.column("user_id").doNothing())
    .execute();
  let query = trx.selectFrom("meeting_availability").select("user_id").where("user_id", "=", userId);
  if (kind === "postgres") query = query.forUpdate();
  await query.executeTakeFirstOrThrow();
}
