import { validateStream } from "@parley/flow/validateStream";
import type { Dialogue } from "@parley/protocol/dialogues";
import type { Kysely } from "kysely";
import { AppError, conflict } from "../../errors";
import { nowIso } from "../../lib/clock";
import { parseJson, toJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { getDialogueRow } from "./dialogueStore";
import { presentDialogue } from "./presentDialogue";

/**
 * Publishes the current draft as the next immutable version. A draft with problems is refused with
 * every problem listed, each naming its card. Visitors already engaged stay on the version they started.
 */
export async function publishDialogue(
  db: Kysely<Database>,
  siteId: string,
  id: string,
  publishedBy: string | null,
): Promise<Dialogue> {
  return db.transaction().execute(async (trx) => {
    const row = await getDialogueRow(trx, siteId, id);
    if (row.status === "archived") throw conflict("This dialogue is archived; duplicate it to publish again");
    const draft = parseJson<unknown>(row.draft, null);
    const problems = validateStream(draft);
    if (problems.length) {
      throw new AppError(
        "validation_failed",
        `The stream cannot be published: ${problems.map((p) => p.message).join("; ")}`,
        { problems },
      );
    }
    const latest = await trx
      .selectFrom("dialogue_versions")
      .select(({ fn }) => fn.max("version").as("v"))
      .where("dialogue_id", "=", id)
      .executeTakeFirst();
    const version = Number(latest?.v ?? 0) + 1;
    const now = nowIso();
    await trx
      .insertInto("dialogue_versions")
      .values({
        dialogue_id: id,
        version,
        stream: toJson(draft),
        published_by: publishedBy,
        published_at: now,
      })
      .execute();
    await trx
      .updateTable("dialogues")
      .set({ status: "published", published_version: version, updated_at: now })
      .where("id", "=", id)
      .execute();
    return presentDialogue(await getDialogueRow(trx, siteId, id));
  });
}

/** Stops showing the dialogue to new visitors; engaged visitors finish the version they are on. */
export async function unpublishDialogue(db: Kysely<Database>, siteId: string, id: string): Promise<Dialogue> {
  const row = await getDialogueRow(db, siteId, id);
  if (row.status !== "published") throw conflict("Only a published dialogue can be unpublished");
  await db
    .updateTable("dialogues")
    .set({ status: "unpublished", updated_at: nowIso() })
    .where("id", "=", id)
    .execute();
  return presentDialogue(await getDialogueRow(db, siteId, id));
}
