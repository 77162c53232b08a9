import type { ConversationMessage } from "@parley/protocol/conversationMessage";
import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { Database, MessageTable } from "../../store/schema";

export interface NewMessage {
  author: ConversationMessage["author"];
  body: unknown;
  clientId?: string;
}

/** Appends messages with the next sequence numbers (the caller holds the conversation in its transaction). */
export async function storeMessages(
  db: Kysely<Database>,
  conversationId: string,
  lastSeq: number,
  messages: NewMessage[],
): Promise<ConversationMessage[]> {
  if (!messages.length) return [];
  const createdAt = nowIso();
  const rows: MessageTable[] = messages.map((m, i) => ({
    id: newId(),
    conversation_id: conversationId,
    seq: lastSeq + i + 1,
    client_id: m.clientId ?? null,
    author: m.author,
    body: toJson(m.body),
    created_at: createdAt,
  }));
  await db.insertInto("messages").values(rows).execute();
  return rows.map(presentMessage);
}

export const presentMessage = (row: MessageTable): ConversationMessage => ({
  seq: row.seq,
  author: row.author as ConversationMessage["author"],
  body: parseJson<unknown>(row.body, null),
  ...(row.client_id !== null && { clientId: row.client_id }),
  createdAt: row.created_at,
});

/** Messages after `afterSeq`, in order: what a reconnecting client missed. */
export async function messagesSince(
  db: Kysely<Database>,
  conversationId: string,
  afterSeq: number,
): Promise<ConversationMessage[]> {
  const rows = await db
    .selectFrom("messages")
    .selectAll()
    .where("conversation_id", "=", conversationId)
    .where("seq", ">", afterSeq)
    .orderBy("seq")
    .execute();
  return rows.map(presentMessage);
}
