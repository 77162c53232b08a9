import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";

export async function getSetting(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db
    .selectFrom("instance_settings")
    .select("value")
    .where("key", "=", key)
    .executeTakeFirst();
  return row?.value ?? null;
}

/** Stores `value` unless the key is already set (first writer wins across nodes); returns the stored value. */
export async function setSettingOnce(db: Kysely<Database>, key: string, value: string): Promise<string> {
  await db
    .insertInto("instance_settings")
    .values({ key, value })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  return (await getSetting(db, key)) ?? value;
}

export async function setSetting(db: Kysely<Database>, key: string, value: string): Promise<void> {
  await db
    .insertInto("instance_settings")
    .values({ key, value })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
    .execute();
}

export async function deleteSetting(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("instance_settings").where("key", "=", key).execute();
}
