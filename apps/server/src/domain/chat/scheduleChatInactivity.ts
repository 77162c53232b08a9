import type { Kysely } from "kysely";
import { enqueueJob } from "../../jobs/enqueueJob";
import type { Database } from "../../store/schema";

export const INACTIVITY_JOB = "livechat.inactivity";

/**
 * Makes sure a `livechat.inactivity` job waits for this chat, inside the caller's transaction. One per
 * chat (dedupe key): when one already waits nothing is added; it re-checks the chat's last activity
 * when it runs and schedules its successor. Call it when a chat is requested or assigned, and on every
 * message (postChatMessage does).
 */
export async function scheduleChatInactivity(
  trx: Kysely<Database>,
  chatId: string,
  runAt: Date | string,
): Promise<void> {
  await enqueueJob(trx, {
    kind: INACTIVITY_JOB,
    payload: { chatId },
    runAt,
    dedupeKey: `${INACTIVITY_JOB}:${chatId}`,
  });
}
