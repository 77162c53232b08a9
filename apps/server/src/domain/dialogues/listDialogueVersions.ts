import type { DialogueVersion } from "@parley/protocol/dialogues";
import type { Kysely } from "kysely";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { getDialogueRow } from "./dialogueStore";

/** Every published version of a dialogue, newest first, with who published it (by name) and when. */
export async function listDialogueVersions(
  db: Kysely<Database>,
  siteId: string,
  id: string,
): Promise<DialogueVersion[]> {
  await getDialogueRow(db, siteId, id);
  const rows = await db
    .selectFrom("dialogue_versions")
    .leftJoin("users", "users.id", "dialogue_versions.published_by")
    .selectAll("dialogue_versions")
    .select("users.name as publisher_name")
    .where("dialogue_versions.dialogue_id", "=", id)
    .orderBy("dialogue_versions.version", "desc")
    .execute();
  return rows.map((r) => ({
    dialogueId: r.dialogue_id,
    version: r.version,
    stream: parseJson<unknown>(r.stream, null),
    publishedBy: r.published_by,
    publishedByName: r.publisher_name,
    publishedAt: r.published_at,
  }));
}
