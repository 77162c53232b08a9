import type { AppContext } from "../api/context";
import { markDroppedConversations } from "../domain/engine/markDroppedConversations";
import type { JobQueue } from "./jobQueue";

/** Every kind of durable job this node runs, and the recurring ones. Add new kinds here. */
export function registerJobs(queue: JobQueue, ctx: AppContext): void {
  queue.every("conversations.markDropped", 60_000, async () => {
    await markDroppedConversations(ctx.store.db);
  });
}
