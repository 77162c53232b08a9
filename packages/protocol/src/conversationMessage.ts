import { z } from "zod";

export const CONVERSATION_STATUSES = ["initiated", "engaged", "completed", "dropped"] as const;
export const ConversationStatus = z.enum(CONVERSATION_STATUSES);
export type ConversationStatus = z.infer<typeof ConversationStatus>;

/**
 * One stored message of a conversation, as clients see it. `body` is structured (never HTML).
 * A visitor's message carries the client id of the input that made it, so the sender recognises it.
 */
export const ConversationMessage = z.object({
  seq: z.number().int(),
  author: z.enum(["bot", "visitor", "agent", "system"]),
  body: z.unknown(),
  clientId: z.string().optional(),
  createdAt: z.string(),
});
export type ConversationMessage = z.infer<typeof ConversationMessage>;
