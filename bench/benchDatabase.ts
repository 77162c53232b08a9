import pg from "pg";
import { createTestDatabase, type TestDatabase } from "../apps/server/src/testing/testDatabases";

/** The PostgreSQL server benchmarks create their databases on (DATABASE_URL_TEST's, or the local default). */
const POSTGRES_URL = process.env.DATABASE_URL_TEST ?? "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * A new, empty database for one benchmark run: a temporary SQLite file, or a PostgreSQL database
 * `parley_bench_<suffix>`; `drop()` removes it. Returns why instead when PostgreSQL cannot be reached.
 */
export async function benchDatabase(
  kind: "sqlite" | "postgres",
  suffix: string,
): Promise<TestDatabase | string> {
  if (kind === "sqlite") return createTestDatabase("sqlite");
  const name = `parley_bench_${suffix.replace(/[^a-z0-9_]/gi, "_")}`.toLowerCase();
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  try {
    await run(`CREATE DATABASE ${name}`);
  } catch (error) {
    return `PostgreSQL at ${new URL(POSTGRES_URL).host} not usable: ${(error as Error).message}`;
  }
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    kind,
    config: { kind: "postgres", url: url.toString() },
    drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
