import type { Kysely } from "kysely";
import { AppError } from "../../errors";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { messagesSince } from "../engine/storeMessages";
import { canSeeConversation } from "./canSeeConversation";
import { renderTranscriptText } from "./renderTranscriptText";

export interface TranscriptFile {
  filename: string;
  text: string;
  /** The person's email, when the visitor gave one. */
  email: string | null;
  siteName: string;
  /** The conversation's language, else the site's setting (for the mail to the visitor); null: neither. */
  language: string | null;
}

/** A conversation's transcript as a .txt file (no notes), for an agent who may see the conversation. */
export async function transcriptFile(
  db: Kysely<Database>,
  actor: Actor,
  siteId: string,
  conversationId: string,
): Promise<TranscriptFile> {
  const conv = await db
    .selectFrom("conversations")
    .innerJoin("sites", "sites.id", "conversations.site_id")
    .leftJoin("dialogues", "dialogues.id", "conversations.dialogue_id")
    .leftJoin("people", "people.id", "conversations.person_id")
    .select([
      "conversations.id",
      "conversations.site_id",
      "conversations.started_at",
      "conversations.language",
      "sites.language as site_language",
      "sites.name as site_name",
      "dialogues.name as dialogue_name",
      "people.email",
      "people.first_name",
      "people.last_name",
    ])
    .where("conversations.id", "=", conversationId)
    .where("conversations.site_id", "=", siteId)
    .executeTakeFirst();
  if (!conv || !(await canSeeConversation(db, actor, conv)))
    throw new AppError("not_found", "Conversation not found");
  const name = [conv.first_name, conv.last_name].filter(Boolean).join(" ") || conv.email;
  const text = renderTranscriptText(
    {
      conversationId: conv.id,
      siteName: conv.site_name,
      dialogueName: conv.dialogue_name,
      visitorName: name,
      startedAt: conv.started_at,
    },
    await messagesSince(db, conv.id, 0),
  );
  const day = conv.started_at.slice(0, 10);
  return {
    filename: `transcript-${day}-${conv.id}.txt`,
    text,
    email: conv.email,
    siteName: conv.site_name,
    language: conv.language ?? (conv.site_language === "auto" ? null : conv.site_language),
  };
}
