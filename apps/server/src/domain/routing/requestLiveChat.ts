import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";

export interface LiveChatRequest {
  siteId: string;
  conversationId: string;
  cardId: string;
  /** JSON-ready Routing of the card (packages/flow cards/routing.ts). */
  routing: unknown;
  /** card: the Live chat card was reached; returned: the visitor wrote again after the chat ended. */
  origin: "card" | "returned";
}

/**
 * Opens a live chat for the conversation inside the caller's transaction: the `live_chats` row
 * (status routing) and the durable job that routes it. Returns the chat id. Poke the job queue after
 * the commit.
 */
export async function requestLiveChat(_trx: Kysely<Database>, _request: LiveChatRequest): Promise<string> {
  // TODO(helper routing): the row, the routing log's "requested" and the `livechat.route` job.
  throw new Error("requestLiveChat is not built yet");
}
