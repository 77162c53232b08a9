import type { LiveChatSettings } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import { enqueueJob } from "../../jobs/enqueueJob";
import { nowIso } from "../../lib/clock";
import type { ConversationTable, Database, LiveChatTable } from "../../store/schema";
import { appendToConversation } from "../chat/appendToConversation";
import { presentLiveChatRow } from "../chat/presentLiveChat";
import type { RoutingEffects } from "./routingEffects";
import { appendRoutingLog } from "./routingLog";

export const QUEUE_TIMEOUT_JOB = "livechat.queueTimeout";

/**
 * Puts the chat in the site's queue (first in, first out): status queued, the system notice on the
 * first time, and the job that gives it the fallback after `queueTimeoutMinutes`. A chat back from a
 * queue offer nobody took keeps its place (its `queued_at`).
 */
export async function queueChat(
  trx: Kysely<Database>,
  kind: "postgres" | "sqlite",
  effects: RoutingEffects,
  input: { chat: LiveChatTable; conversation: ConversationTable; settings: LiveChatSettings; reason: string },
): Promise<LiveChatTable> {
  const { chat, settings } = input;
  const now = nowIso();
  const first = chat.queued_at === null;
  const updated: LiveChatTable = {
    ...chat,
    status: "queued",
    queued_at: chat.queued_at ?? now,
    updated_at: now,
  };
  await trx
    .updateTable("live_chats")
    .set({ status: "queued", queued_at: updated.queued_at, updated_at: now })
    .where("id", "=", chat.id)
    .execute();
  await appendRoutingLog(trx, chat, [{ kind: "queued", detail: { stage: "queue", reason: input.reason } }]);
  if (first) {
    const appended = await appendToConversation(
      trx,
      chat.conversation_id,
      [{ author: "system", body: { kind: "system", event: "queued" } }],
      kind,
    );
    effects.messagesAppended(appended.conversation, appended.messages);
  }
  // Back from a queue offer after its time ran out, it falls back at once; while the timeout job
  // still waits, the dedupe key makes this a no-op.
  await enqueueJob(trx, {
    kind: QUEUE_TIMEOUT_JOB,
    payload: { chatId: chat.id, queuedAt: updated.queued_at },
    runAt: new Date(Date.parse(updated.queued_at as string) + settings.queueTimeoutMinutes * 60_000),
    dedupeKey: `livechat.queueTimeout:${chat.id}`,
  });
  effects.jobEnqueued();
  effects.publish({
    channel: `site:${chat.site_id}`,
    name: "livechat.updated",
    data: await presentLiveChatRow(trx, updated),
  });
  effects.queueChanged(chat.site_id);
  return updated;
}
