import type { Kysely } from "kysely";
import type { Database } from "./schema";

/**
 * Locks rows until the caller's transaction ends, on either database: an update that changes nothing
 * takes PostgreSQL's row lock (a concurrent writer of the same row waits, and what is read next is
 * what it committed); on SQLite a transaction already runs alone. Use it before reading the rows an
 * authorization decision rests on.
 */
export async function lockRows(
  trx: Kysely<Database>,
  table: "users" | "roles",
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .updateTable(table)
    .set((eb) => ({ id: eb.ref("id") }))
    .where("id", "in", [...ids])
    .execute();
}
