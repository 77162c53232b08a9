import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, type LogEvent, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Config } from "../env";
import { withCachedStatements } from "./cachedStatements";
import type { Database } from "./schema";
import { startWalCheckpointer } from "./walCheckpointer";

export type DbKind = "sqlite" | "postgres";

export interface Store {
  db: Kysely<Database>;
  kind: DbKind;
  close(): Promise<void>;
}

/** Opens the configured database: an SQLite file by default, PostgreSQL when DATABASE_URL says so. */
export function openStore(
  database: Config["database"],
  onPoolError: (error: Error) => void = (error) =>
    console.error("PostgreSQL connection error:", error.message),
  /** Called with the SQL of every statement run (tests count them). */
  onQuery?: (sql: string) => void,
): Store {
  const log = onQuery ? (event: LogEvent) => onQuery(event.query.sql) : undefined;
  if (database.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: database.url, max: 10 });
    // An idle connection that the server drops must not crash the process; the pool replaces it.
    pool.on("error", onPoolError);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
    return { db, kind: "postgres", close: () => db.destroy() };
  }
  if (database.file !== ":memory:")
    fs.mkdirSync(path.dirname(path.resolve(database.file)), { recursive: true });
  const sqlite = new SQLite(database.file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const checkpointer = database.file === ":memory:" ? null : startWalCheckpointer(sqlite, database.file);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withCachedStatements(sqlite) }),
    log,
  });
  return {
    db,
    kind: "sqlite",
    // The worker lets go first, so closing the last connection checkpoints and removes the WAL.
    close: async () => {
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}
