import type SQLite from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

const MAX_STATEMENTS = 1000;

/**
 * better-sqlite3 behind Kysely prepares every query anew, which costs more than running it. The
 * same SQL text always gives the same statement, so keep prepared statements (least recently used
 * out first).
 */
export function withCachedStatements(db: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => db.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = db.prepare(sql);
        if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, statement);
      return statement as unknown as ReturnType<SqliteDatabase["prepare"]>;
    },
  };
}
