import type { RunInput } from "@parley/flow/runner/runInput";
import { type ConversationMessage, ConversationStatus } from "@parley/protocol/conversationMessage";
import type { Kysely } from "kysely";
import { AppError } from "../../errors";
import { nowIso } from "../../lib/clock";
import { parseJson, toJson } from "../../lib/json";
import type { ActivityTable, ConversationTable, Database } from "../../store/schema";
import { lockConversation } from "../chat/lockConversation";
import { announcePersonChange, noPersonChange } from "../people/announcePersonChange";
import { ConversationState, waitsForVisitor } from "./conversationState";
import { driveConversation } from "./driveConversation";
import type { EngineContext } from "./engineContext";
import { EventLog } from "./recordEvent";
import { type NewMessage, storeMessages } from "./storeMessages";
import { enqueueWebhookCall } from "./enqueueWebhookCall";

export interface Advanced {
  conversation: ConversationTable;
  messages: ConversationMessage[];
  /** True when this client id was already applied: nothing happened now. */
  duplicate: boolean;
}

const VISITOR_INPUTS = new Set(["answer", "done", "consent"]);

/**
 * One bot step, all or nothing: load the conversation, run the stream, store the visitor's message,
 * the bot's messages, field changes, activities and events in one transaction; then announce it.
 * A client id seen before changes nothing; a dropped conversation refuses input. A Webhook card's
 * call is a durable job written in the same transaction; its result comes back as the next step.
 */
export async function advanceConversation(
  ctx: EngineContext,
  conversationId: string,
  input: RunInput,
  options: {
    clientId?: string;
    visitorId?: string;
    visitorMessage?: unknown;
    preamble?: (db: Kysely<Database>, conv: ConversationTable) => Promise<void>;
    /** Checked on the locked row: when false the step is skipped as a duplicate (a job run twice). */
    onlyIf?: (conv: ConversationTable) => boolean;
  } = {},
): Promise<Advanced> {
  const { db } = ctx.store;
  const random = ctx.random ?? Math.random;
  const result = await db.transaction().execute(async (trx) => {
    const unchanged = noPersonChange();
    const conversation = await lockConversation(trx, conversationId, ctx.store.kind);
    if (options.visitorId && conversation.visitor_id !== options.visitorId)
      throw new AppError("not_found", "Conversation not found");
    if (options.clientId) {
      const seen = await trx
        .selectFrom("messages")
        .select("seq")
        .where("conversation_id", "=", conversationId)
        .where("client_id", "=", options.clientId)
        .executeTakeFirst();
      if (seen)
        return {
          conversation,
          messages: [],
          duplicate: true,
          queuedJobs: 0,
          activities: [],
          changes: unchanged,
        };
    }
    if (options.onlyIf && !options.onlyIf(conversation))
      return {
        conversation,
        messages: [],
        duplicate: true,
        queuedJobs: 0,
        activities: [],
        changes: unchanged,
      };
    if (conversation.status === "dropped")
      throw new AppError("conflict", "This conversation was closed after a long silence", {
        reason: "conversation_dropped",
      });
    await options.preamble?.(trx, conversation);

    const state = ConversationState.parse(parseJson<unknown>(conversation.state, null));
    const log = new EventLog();
    const drive = await driveConversation(trx, conversation, state, input, random, log, ctx.presence);
    let conv = drive.conversation;

    const newMessages: NewMessage[] = [];
    if (VISITOR_INPUTS.has(input.kind))
      newMessages.push({
        author: "visitor",
        body: options.visitorMessage ?? input,
        clientId: options.clientId,
      });
    for (const output of drive.outputs)
      if (output.type !== "completed") newMessages.push({ author: "bot", body: output });
    const messages = await storeMessages(trx, conv.id, conv.last_seq, newMessages);

    let status = conv.status;
    if (status === "initiated" && VISITOR_INPUTS.has(input.kind)) {
      status = "engaged";
      log.add(conv, "engaged", null);
      await markVisitorDialogue(trx, conv, "engaged");
    }
    const completed = drive.state.main.status === "completed" || drive.state.main.status === "failed";
    if (completed && status !== "completed") {
      status = "completed";
      log.add(conv, "completed", null, drive.state.main.error ? { error: drive.state.main.error } : {});
      await markVisitorDialogue(trx, conv, "completed");
    }
    const activities = await log.flush(trx, conv.person_id);
    const now = nowIso();
    conv = {
      ...conv,
      status,
      state: toJson(drive.state),
      last_seq: conv.last_seq + messages.length,
      updated_at: now,
      ended_at: completed ? (conv.ended_at ?? now) : conv.ended_at,
      branch: log.branchOf(conv),
    };
    await trx
      .updateTable("conversations")
      .set({
        status: conv.status,
        state: conv.state,
        last_seq: conv.last_seq,
        score: conv.score,
        person_id: conv.person_id,
        updated_at: conv.updated_at,
        ended_at: conv.ended_at,
        branch: conv.branch,
      })
      .where("id", "=", conv.id)
      .execute();
    for (const effect of drive.pending) await enqueueWebhookCall(trx, conv, effect);
    // Webhook calls and live-chat routing are jobs this commit made due.
    const queuedJobs = drive.pending.length + drive.liveChats.length;
    return { conversation: conv, messages, duplicate: false, queuedJobs, activities, changes: log.changes };
  });

  if (!result.duplicate) {
    await announce(ctx, result.conversation, result.messages);
    await announceActivities(ctx, result.conversation, result.activities);
    await announcePersonChange(ctx, result.conversation.person_id, result.changes);
  }
  if (result.queuedJobs) ctx.jobs.poke();
  return { conversation: result.conversation, messages: result.messages, duplicate: result.duplicate };
}

async function markVisitorDialogue(
  db: Kysely<Database>,
  conv: ConversationTable,
  status: string,
): Promise<void> {
  await db
    .insertInto("visitor_dialogues")
    .values({
      visitor_id: conv.visitor_id,
      dialogue_id: conv.dialogue_id,
      version: conv.version,
      status,
      updated_at: nowIso(),
    })
    .onConflict((oc) =>
      oc
        .columns(["visitor_id", "dialogue_id"])
        .doUpdateSet({ status, version: conv.version, updated_at: nowIso() }),
    )
    .execute();
}

export async function announce(
  ctx: EngineContext,
  conv: ConversationTable,
  messages: ConversationMessage[],
): Promise<void> {
  const status = ConversationStatus.parse(conv.status);
  const waits = waitsForVisitor(parseJson<ConversationState | null>(conv.state, null));
  const data = { conversationId: conv.id, status, messages, lastSeq: conv.last_seq, waitsForVisitor: waits };
  await ctx.bus.publish({ channel: `visitor:${conv.visitor_id}`, name: "conversation.step", data });
  await ctx.bus.publish({
    channel: `site:${conv.site_id}`,
    name: "conversation.updated",
    data: { conversationId: conv.id, status, lastSeq: conv.last_seq },
  });
  // Agents looking at the conversation (the inbox) get the messages themselves.
  if (messages.length)
    await ctx.bus.publish({
      channel: `conversation:${conv.id}`,
      name: "chat.messages",
      data: { siteId: conv.site_id, conversationId: conv.id, messages, lastSeq: conv.last_seq },
    });
}

/** Activities (goal reached, email given …) on the visitor's channel: the widget turns them into JS API events. */
export async function announceActivities(
  ctx: EngineContext,
  conv: ConversationTable,
  activities: ActivityTable[],
): Promise<void> {
  for (const activity of activities) {
    const { cardId, ...data } = parseJson<{ cardId?: string } & Record<string, unknown>>(activity.data, {});
    await ctx.bus.publish({
      channel: `visitor:${conv.visitor_id}`,
      name: "activity",
      data: { type: activity.type, conversationId: conv.id, cardId: cardId ?? null, data },
    });
  }
}
