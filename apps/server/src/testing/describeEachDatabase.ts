import { afterAll, beforeAll, describe } from "vitest";
import type { BuildOptions } from "../app";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "./testDatabases";
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
  suite: (server: () => TestServer, kind: "sqlite" | "postgres") => void,
  serverOptions: ServerOptions = {},
): void {
  for (const kind of DATABASE_KINDS) {
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
}
