import { ConfigError, loadConfig } from "../env";
import { openStore } from "./db";
import { migrateToLatest } from "./migrate";

/** `npm run migrate`: applies pending migrations to the configured database and exits. */
try {
  const config = loadConfig();
  const store = openStore(config.database);
  const applied = await migrateToLatest(store.db);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
  await store.close();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
