import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { Config } from "../env";
import { randomToken } from "../lib/ids";

export interface TestDatabase {
  kind: "sqlite" | "postgres";
  config: Config["database"];
  drop(): Promise<void>;
}

export const POSTGRES_TEST_URL = process.env.DATABASE_URL_TEST;
export const REDIS_TEST_URL = process.env.REDIS_URL_TEST;

/** The kinds every store-touching suite runs on: SQLite always, PostgreSQL when DATABASE_URL_TEST is set. */
export const DATABASE_KINDS: ("sqlite" | "postgres")[] = POSTGRES_TEST_URL
  ? ["sqlite", "postgres"]
  : ["sqlite"];

/** A brand-new, empty database of the given kind; `drop()` removes it. */
export async function createTestDatabase(kind: "sqlite" | "postgres"): Promise<TestDatabase> {
  if (kind === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-test-"));
    return {
      kind,
      config: { kind: "sqlite", file: path.join(dir, "parley.db") },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (!POSTGRES_TEST_URL) throw new Error("DATABASE_URL_TEST is not set");
  const name = `parley_test_${randomToken(6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "x")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_TEST_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_TEST_URL);
  url.pathname = `/${name}`;
  return {
    kind,
    config: { kind: "postgres", url: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
