import { afterAll, beforeAll, describe } from "vitest";
import type { BuildOptions } from "../app";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "./testDatabases";

type DatabaseKind = (typeof DATABASE_KINDS)[number];
import { startTestServer, type TestServer } from "./testServer";

export interface ServerOptions {
  env?: Record<string, string>;
  options?: BuildOptions;
  admin?: boolean;
}

/**
 * Runs a suite once per database kind (SQLite, and PostgreSQL when DATABASE_URL_TEST is set), each
 * against its own fresh database and a real server listening on loopback.
 */
export function describeEachDatabase(
  title: string,
  suite: (server: () => TestServer, kind: DatabaseKind) => void,
  serverOptions: ServerOptions = {},
): void {
  for (const kind of DATABASE_KINDS) describeOnDatabase(kind, title, suite, serverOptions);
}

/**
 * Runs a suite on one database kind only, for what only that database can show (SQLite's query
 * plans); nothing is registered, so nothing shows as skipped, on the other.
 */
export function describeOnDatabase(
  kind: DatabaseKind,
  title: string,
  suite: (server: () => TestServer, kind: DatabaseKind) => void,
  serverOptions: ServerOptions = {},
): void {
  describe(`${title} [${kind}]`, () => {
    let db: TestDatabase;
    let server: TestServer;
    beforeAll(async () => {
      db = await createTestDatabase(kind);
      server = await startTestServer(db, serverOptions);
    });
    afterAll(async () => {
      await server?.close();
      await db?.drop();
    });
    suite(() => server, kind);
  });
}
