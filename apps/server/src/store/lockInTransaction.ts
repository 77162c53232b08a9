import crypto from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import type { DbKind } from "./db";
import type { Database } from "./schema";

/** A 64-bit advisory-lock number for a name (the first 8 bytes of its SHA-256, signed). */
const lockNumber = (name: string): bigint =>
  crypto.createHash("sha256").update(name).digest().readBigInt64BE(0);

/**
 * Holds the named locks until `trx` ends, so a count-then-write inside it cannot race another
 * transaction doing the same for one of those names. PostgreSQL: transaction-scoped advisory locks,
 * taken in one global order so two transactions never wait on each other in a cycle. SQLite: every
 * transaction already runs alone on the node's single connection, so nothing more is needed.
 */
export async function lockInTransaction(
  trx: Transaction<Database> | Kysely<Database>,
  kind: DbKind,
  names: readonly string[],
): Promise<void> {
  if (kind !== "postgres") return;
  const numbers = [...new Set(names.map(lockNumber))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const n of numbers) await sql`select pg_advisory_xact_lock(${n.toString()}::bigint)`.execute(trx);
}
