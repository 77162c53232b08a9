import { type Kysely, Migrator } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../../testing/testDatabases";
import { openStore, type Store } from "../db";
import { migrateToLatest } from "../migrate";
import * as foundation from "./0001_foundation";
import * as dialogues from "./0002_dialogues";
import * as conversations from "./0003_conversations";
import * as conversationLanguage from "./0004_conversation_language";
import * as siteRestartAfter from "./0005_site_restart_after";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema before this migration
type AnyDb = Kysely<any>;

const BEFORE = {
  "0001_foundation": foundation,
  "0002_dialogues": dialogues,
  "0003_conversations": conversations,
  "0004_conversation_language": conversationLanguage,
  "0005_site_restart_after": siteRestartAfter,
};

const opened: { db: TestDatabase; store: Store }[] = [];
afterEach(async () => {
  for (const { db, store } of opened.splice(0)) {
    await store.close();
    await db.drop();
  }
});

for (const kind of DATABASE_KINDS) {
  describe(`0006_api_key_sites [${kind}]`, () => {
    it("gives existing keys their creator's site access", async () => {
      const testDb = await createTestDatabase(kind);
      const store = openStore(testDb.config);
      opened.push({ db: testDb, store });
      const db = store.db as unknown as AnyDb;
      const before = new Migrator({
        db,
        provider: { getMigrations: async () => BEFORE },
        migrationTableName: "parley_migrations",
      });
      expect((await before.migrateToLatest()).error).toBeUndefined();

      const at = new Date().toISOString();
      await db
        .insertInto("roles")
        .values({ id: "r1", key: null, name: "R", permissions: "[]", built_in: 0, created_at: at })
        .execute();
      const user = (id: string, siteIds: string | null) => ({
        id,
        email: `${id}@example.com`,
        name: id,
        password_hash: "x",
        role_id: "r1",
        site_ids: siteIds,
        active: 1,
        created_at: at,
        updated_at: at,
      });
      await db
        .insertInto("users")
        .values([user("limited", '["s1"]'), user("everywhere", null)])
        .execute();
      const key = (id: string, createdBy: string) => ({
        id,
        name: id,
        prefix: id,
        secret_hash: `hash-${id}`,
        scopes: '["people.view"]',
        created_by: createdBy,
        created_at: at,
      });
      await db
        .insertInto("api_keys")
        .values([key("k-limited", "limited"), key("k-everywhere", "everywhere")])
        .execute();

      // This one first; later migrations follow it.
      expect((await migrateToLatest(store.db))[0]).toBe("0006_api_key_sites");
      const rows = await store.db.selectFrom("api_keys").select(["id", "site_ids"]).orderBy("id").execute();
      expect(rows).toEqual([
        { id: "k-everywhere", site_ids: null },
        { id: "k-limited", site_ids: '["s1"]' },
      ]);
    });
  });
}
