import type { AppContext } from "../api/context";
import { WEBHOOK_JOB } from "../domain/engine/enqueueWebhookCall";
import { markDroppedConversations } from "../domain/engine/markDroppedConversations";
import { runWebhookJob } from "../domain/engine/runWebhookJob";
import type { JobQueue } from "./jobQueue";

/** Every kind of durable job this node runs, and the recurring ones. Add new kinds here. */
export function registerJobs(queue: JobQueue, ctx: AppContext): void {
  queue.every("conversations.markDropped", 60_000, async () => {
    await markDroppedConversations(ctx.store.db);
  });
  queue.register(WEBHOOK_JOB, (payload) => runWebhookJob(ctx, payload));
}
