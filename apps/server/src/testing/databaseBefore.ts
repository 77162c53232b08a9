import { type Kysely, Migrator } from "kysely";
import { openStore, type Store } from "../store/db";
import { MIGRATIONS } from "../store/migrate";
import { createTestDatabase, type TestDatabase } from "./testDatabases";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema before the migration under test
export type AnyDb = Kysely<any>;

export interface DatabaseBefore {
  store: Store;
  /** The same database, typed for the schema as it was. */
  db: AnyDb;
  close(): Promise<void>;
}

/**
 * A fresh test database with every migration before `migration` applied, to fill with rows as they
 * were and then check what `migrateToLatest` makes of them.
 */
export async function databaseBefore(
  kind: "sqlite" | "postgres",
  migration: string,
): Promise<DatabaseBefore> {
  const names = Object.keys(MIGRATIONS).sort();
  if (!names.includes(migration)) throw new Error(`no migration named ${migration}`);
  const before = Object.fromEntries(names.filter((n) => n < migration).map((n) => [n, MIGRATIONS[n]!]));
  const testDb: TestDatabase = await createTestDatabase(kind);
  const store = openStore(testDb.config);
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: async () => before },
    migrationTableName: "parley_migrations",
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  return {
    store,
    db: store.db as unknown as AnyDb,
    close: async () => {
      await store.close();
      await testDb.drop();
    },
  };
}
