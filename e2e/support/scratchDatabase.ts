import crypto from "node:crypto";
import pg from "pg";

export interface ScratchDatabase {
  /** postgres://…/parley_e2e_<random>: give it to the servers as DATABASE_URL. */
  url: string;
  /** Drops the database, cutting whatever is still connected. */
  drop(): Promise<void>;
}

/**
 * A brand-new, empty PostgreSQL database on the server of `serverUrl` (DATABASE_URL_TEST), made
 * with CREATE DATABASE as the server's own test suites do (apps/server/src/testing/testDatabases.ts).
 */
export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const name = `parley_e2e_${crypto.randomBytes(5).toString("hex")}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
