import path from "node:path";
import { type BuildOptions, buildParley, type Parley } from "../app";
import type { Config } from "../env";
import { loadConfig } from "../env";
import { ApiClient } from "./apiClient";
import type { TestDatabase } from "./testDatabases";

export const ADMIN = { email: "admin@example.com", password: "correct-horse-battery" };

export interface TestServer {
  parley: Parley;
  url: string;
  config: Config;
  /** A client with no session. */
  anonymous(): ApiClient;
  /** A client signed in as the first admin. */
  admin(): Promise<ApiClient>;
  close(): Promise<void>;
}

/** Starts a real Parley node on a free loopback port against the given database. */
export async function startTestServer(
  db: TestDatabase,
  overrides: { env?: Record<string, string>; options?: BuildOptions; admin?: boolean } = {},
): Promise<TestServer> {
  const env: Record<string, string> = {
    PORT: "0",
    DATA_DIR: path.dirname(db.config.kind === "sqlite" ? db.config.file : "/tmp/x"),
    LOG_LEVEL: "silent",
    ...(overrides.admin === false
      ? {}
      : { PARLEY_ADMIN_EMAIL: ADMIN.email, PARLEY_ADMIN_PASSWORD: ADMIN.password }),
    ...overrides.env,
  };
  if (db.config.kind === "postgres") env.DATABASE_URL = db.config.url;
  else env.DATABASE_URL = `sqlite:${db.config.file}`;
  const config = loadConfig(env);
  const parley = await buildParley(config, { logger: false, ...overrides.options });
  await parley.app.listen({ port: 0, host: "127.0.0.1" });
  const address = parley.app.server.address();
  if (!address || typeof address === "string") throw new Error("server did not listen on a port");
  const url = `http://127.0.0.1:${address.port}`;
  return {
    parley,
    url,
    config,
    anonymous: () => new ApiClient(url),
    admin: async () => {
      const client = new ApiClient(url);
      await client.signIn(ADMIN.email, ADMIN.password);
      return client;
    },
    close: () => parley.close(),
  };
}
