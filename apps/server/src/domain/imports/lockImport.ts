import type { Kysely } from "kysely";
import type { DbKind } from "../../store/db";
import type { Database, ImportTable } from "../../store/schema";

/** The import's row, locked for the transaction on PostgreSQL (SQLite has one writer). */
export async function lockImport(
  trx: Kysely<Database>,
  kind: DbKind,
  id: string,
): Promise<ImportTable | undefined> {
  let query = trx.selectFrom("imports").selectAll().where("id", "=", id);
  if (kind === "postgres") query = query.forUpdate();
  return query.executeTakeFirst();
}
