import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";

/** Adds one entry at the end of a chat's routing log, inside the caller's transaction (which holds the chat). */
export async function appendRoutingLog(
  trx: Kysely<Database>,
  chat: { id: string; conversation_id: string },
  entry: { kind: string; agentId: string | null; detail: Record<string, unknown> },
): Promise<void> {
  const last = await trx
    .selectFrom("routing_log")
    .select((eb) => eb.fn.max("pos").as("pos"))
    .where("chat_id", "=", chat.id)
    .executeTakeFirst();
  await trx
    .insertInto("routing_log")
    .values({
      id: newId(),
      chat_id: chat.id,
      conversation_id: chat.conversation_id,
      pos: Number(last?.pos ?? 0) + 1,
      kind: entry.kind,
      agent_id: entry.agentId,
      detail: toJson(entry.detail),
      at: nowIso(),
    })
    .execute();
}
