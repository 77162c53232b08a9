import type { ConversationMessage } from "@parley/protocol/conversationMessage";
import type { BusEvent } from "@parley/protocol/events";
import type { AppContext } from "../../api/context";
import type { ConversationTable } from "../../store/schema";
import { announce } from "../engine/advanceConversation";
import { announceQueuePositions } from "./announceQueuePositions";

/**
 * What a routing decision tells the world once its transaction has committed: bus events, whether
 * jobs were enqueued (poke the queue), which sites' queues changed (every queued visitor hears their
 * new position). Collected inside the transaction, published by `flush` after it.
 */
export class RoutingEffects {
  private readonly events: BusEvent[] = [];
  private readonly messages: { conversation: ConversationTable; messages: ConversationMessage[] }[] = [];
  private readonly queues = new Set<string>();
  private jobs = false;

  publish(event: BusEvent): void {
    this.events.push(event);
  }

  /** System messages appended to a conversation (appendToConversation): announced like a bot step. */
  messagesAppended(conversation: ConversationTable, messages: ConversationMessage[]): void {
    if (messages.length) this.messages.push({ conversation, messages });
  }

  jobEnqueued(): void {
    this.jobs = true;
  }

  queueChanged(siteId: string): void {
    this.queues.add(siteId);
  }

  /** Whether the decision changed anything worth announcing. */
  get empty(): boolean {
    return !this.events.length && !this.queues.size && !this.jobs && !this.messages.length;
  }

  async flush(ctx: AppContext): Promise<void> {
    for (const m of this.messages) await announce(ctx, m.conversation, m.messages);
    for (const event of this.events) await ctx.bus.publish(event);
    for (const siteId of this.queues) await announceQueuePositions(ctx, siteId);
    if (this.jobs) ctx.jobs.poke();
  }
}
