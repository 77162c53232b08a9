import type { Kysely } from "kysely";
import { nowIso } from "../lib/clock";
import { queueMail } from "../mail/queueMail";
import type { Database } from "../store/schema";
import { calendarTroubleMail } from "./calendarTroubleMail";

/**
 * A read or write failed: the connection needs attention, with the reason in words. The agent is
 * mailed once per trouble — the conditional update on `notified_at` makes that hold when two nodes
 * fail at the same moment. Returns whether a mail was queued (poke the jobs after the commit).
 */
export async function markConnectionTrouble(
  trx: Kysely<Database>,
  connectionId: string,
  problem: string,
  publicUrl: string,
): Promise<boolean> {
  const now = nowIso();
  await trx
    .updateTable("calendar_connections")
    .set({ status: "needs_attention", last_error: problem, updated_at: now })
    .where("id", "=", connectionId)
    .execute();
  const claimed = await trx
    .updateTable("calendar_connections")
    .set({ notified_at: now })
    .where("id", "=", connectionId)
    .where("notified_at", "is", null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0) return false;
  const row = await trx
    .selectFrom("calendar_connections")
    .innerJoin("users", "users.id", "calendar_connections.user_id")
    .select([
      "users.id as userId",
      "users.email",
      "users.name",
      "calendar_connections.name as connectionName",
    ])
    .where("calendar_connections.id", "=", connectionId)
    .executeTakeFirstOrThrow();
  await queueMail(
    trx,
    calendarTroubleMail({
      userId: row.userId,
      to: row.email,
      name: row.name,
      connectionName: row.connectionName,
      problem,
      publicUrl,
    }),
  );
  return true;
}

/** The connection works (again): its trouble, and the guard against mailing twice, are cleared. */
export async function markConnectionHealthy(trx: Kysely<Database>, connectionId: string): Promise<void> {
  await trx
    .updateTable("calendar_connections")
    .set({ status: "ok", last_error: null, notified_at: null, updated_at: nowIso() })
    .where("id", "=", connectionId)
    .execute();
}
