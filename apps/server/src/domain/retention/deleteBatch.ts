import type { Kysely, SelectQueryBuilder } from "kysely";
import type { Database } from "../../store/schema";

/** How many rows a DELETE removed. */
export const deleted = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);

/**
 * One bounded step of emptying conversations: at most `limit` of their messages, else of their
 * notes, deleted in the caller's transaction; how many went (0: none of either is left).
 */
export async function deleteConversationContent(
  trx: Kysely<Database>,
  conversations: readonly string[] | SelectQueryBuilder<Database, "conversations", { id: string }>,
  limit: number,
): Promise<number> {
  for (const table of ["messages", "conversation_notes"] as const) {
    const ids = await trx
      .selectFrom(table)
      .select("id")
      .where("conversation_id", "in", conversations)
      .limit(limit)
      .execute();
    if (ids.length > 0)
      return deleted(
        await trx
          .deleteFrom(table)
          .where(
            "id",
            "in",
            ids.map((r) => r.id),
          )
          .executeTakeFirstOrThrow(),
      );
  }
  return 0;
}
