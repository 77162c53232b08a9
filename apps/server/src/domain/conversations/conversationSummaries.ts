import type { ConversationStatus } from "@parley/protocol/conversationMessage";
import type { ConversationSummary } from "@parley/protocol/directory";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";

/** Conversations with their dialogue's name and their number of messages, for summaries and transcripts. */
export function selectConversationSummaries(db: Kysely<Database>) {
  return db
    .selectFrom("conversations")
    .leftJoin("dialogues", "dialogues.id", "conversations.dialogue_id")
    .selectAll("conversations")
    .select((eb) => [
      "dialogues.name as dialogue_name",
      eb
        .selectFrom("messages")
        .select(eb.fn.countAll<number | string>().as("n"))
        .whereRef("messages.conversation_id", "=", "conversations.id")
        .as("message_count"),
    ]);
}

type SummaryRow = Awaited<
  ReturnType<ReturnType<typeof selectConversationSummaries>["executeTakeFirstOrThrow"]>
>;

export const presentConversationSummary = (row: SummaryRow): ConversationSummary => ({
  id: row.id,
  dialogueId: row.dialogue_id,
  dialogueName: row.dialogue_name,
  kind: row.kind,
  version: row.version,
  status: row.status as ConversationStatus,
  score: row.score,
  pageUrl: row.page_url,
  language: row.language,
  messageCount: Number(row.message_count ?? 0),
  startedAt: row.started_at,
  updatedAt: row.updated_at,
  endedAt: row.ended_at,
});
