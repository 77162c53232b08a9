import type { Kysely } from "kysely";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";

/** The sites a user reaches (every site when their access is unlimited), oldest first. */
export async function sitesOfAgent(db: Kysely<Database>, userId: string): Promise<string[]> {
  const user = await db.selectFrom("users").select("site_ids").where("id", "=", userId).executeTakeFirst();
  if (!user) return [];
  const reach = parseJson<string[] | null>(user.site_ids, null);
  let query = db.selectFrom("sites").select("id").orderBy("created_at").orderBy("id");
  if (reach !== null) {
    if (!reach.length) return [];
    query = query.where("id", "in", reach);
  }
  return (await query.execute()).map((s) => s.id);
}
