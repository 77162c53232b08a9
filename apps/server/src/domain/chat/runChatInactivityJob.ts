import type { AppContext } from "../../api/context";
import { PermanentJobError } from "../../jobs/jobErrors";
import { clock } from "../../lib/clock";
import type { JobTable } from "../../store/schema";
import { readLiveChatSettings } from "../agents/readLiveChatSettings";
import { endLiveChat } from "./endLiveChat";
import { isChatOver } from "./latestChat";
import { scheduleChatInactivity } from "./scheduleChatInactivity";

/** How often a chat that waits for an agent is looked at again (its inactivity starts with the agent). */
const WAITING_RECHECK_MS = 60_000;

/**
 * The `livechat.inactivity` job: an assigned chat silent for the site's inactivity minutes (counted
 * from its last message, or from its assignment) ends with reason "inactivity"; one with activity
 * since gets a successor at the new due time; one still waiting for an agent is looked at again soon.
 * A chat that is over is left alone, so a job run twice changes nothing.
 */
export async function runChatInactivityJob(
  ctx: AppContext,
  payload: unknown,
  job: JobTable,
): Promise<unknown> {
  const chatId = (payload as { chatId?: unknown } | null)?.chatId;
  if (typeof chatId !== "string") throw new PermanentJobError("the payload has no chatId");
  const { db } = ctx.store;
  const chat = await db.selectFrom("live_chats").selectAll().where("id", "=", chatId).executeTakeFirst();
  if (!chat || isChatOver(chat)) return { chat: "over" };
  const { inactivityMinutes } = await readLiveChatSettings(db, chat.site_id);
  const now = clock().now();
  if (chat.status !== "assigned") {
    await reschedule(
      ctx,
      job,
      chatId,
      new Date(now + Math.min(WAITING_RECHECK_MS, inactivityMinutes * 60_000)),
    );
    return { chat: "waiting" };
  }
  const since = Math.max(
    Date.parse(chat.last_activity_at),
    Date.parse(chat.assigned_at ?? chat.last_activity_at),
  );
  const due = since + inactivityMinutes * 60_000;
  if (due > now) {
    await reschedule(ctx, job, chatId, new Date(due));
    return { chat: "active" };
  }
  return { ended: await endLiveChat(ctx, chatId, { kind: "inactivity" }) };
}

/**
 * The running job still holds the chat's dedupe key: it gives it up, in the transaction that enqueues
 * its successor, so exactly one job keeps waiting for the chat.
 */
async function reschedule(ctx: AppContext, job: JobTable, chatId: string, runAt: Date): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx.updateTable("jobs").set({ dedupe_key: null }).where("id", "=", job.id).execute();
    await scheduleChatInactivity(trx, chatId, runAt);
  });
  ctx.jobs.poke();
}
