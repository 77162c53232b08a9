import type { RunEffect } from "@parley/flow/runner/runEffect";
import type { RunInput } from "@parley/flow/runner/runInput";
import type { RunOutput } from "@parley/flow/runner/runOutput";
import { localizeStream } from "@parley/flow/localizeStream";
import { initialRunState } from "@parley/flow/runner/runState";
import { runStep } from "@parley/flow/runner/runStep";
import type { Kysely } from "kysely";
import type { Presence } from "../../presence/presence";
import type { ConversationTable, Database } from "../../store/schema";
import { findAnswers } from "../library/answerStore";
import { openMeetingOffer } from "../meetings/openMeetingOffer";
import { requestLiveChat } from "../routing/requestLiveChat";
import { applyEffect } from "./applyEffect";
import type { ConversationState } from "./conversationState";
import { loadStream } from "./loadStream";
import type { EventLog } from "./recordEvent";
import { runContextFor } from "./runContextFor";

export interface Drive {
  conversation: ConversationTable;
  state: ConversationState;
  outputs: RunOutput[];
  /** Effects that need I/O outside the transaction (webhooks); their result comes back as a new input. */
  pending: Extract<RunEffect, { type: "callWebhook" }>[];
  /** Live chats opened by this step: their routing jobs wait for the commit (poke the queue). */
  liveChats: string[];
}

// A step and the server answers it triggers (answer search, nested flow, …) never chain further than this.
const MAX_CHAIN = 50;

/**
 * Feeds one input to the conversation and keeps going while the server itself can answer what the
 * stream waits for (answer library, nested flows). A Meeting card opens a meeting offer the visitor
 * books against (domain/meetings) and leaves the stream waiting for `meetingResult`. A Live chat card opens a live chat (domain/routing) and leaves the stream waiting
 * for its `liveChatResult`. Runs inside the caller's transaction.
 */
export async function driveConversation(
  db: Kysely<Database>,
  start: ConversationTable,
  startState: ConversationState,
  firstInput: RunInput,
  random: () => number,
  log: EventLog,
  presence: Presence,
): Promise<Drive> {
  let conversation = start;
  const state: ConversationState = structuredClone(startState);
  const outputs: RunOutput[] = [];
  const pending: Drive["pending"] = [];
  const liveChats: string[] = [];
  let input: RunInput | null = firstInput;

  for (let chain = 0; input && chain < MAX_CHAIN; chain++) {
    const inFlow = state.flow;
    const loaded = inFlow
      ? await loadStream(db, inFlow.dialogueId, inFlow.version)
      : await loadStream(db, conversation.dialogue_id, conversation.version);
    const stream = localizeStream(loaded, conversation.language);
    const context = await runContextFor(db, presence, conversation, loaded, random);
    const step = runStep(stream, inFlow ? inFlow.state : state.main, input, context);
    input = null;
    if (inFlow) inFlow.state = step.state;
    else state.main = step.state;

    for (const cardId of step.visited) {
      log.add(conversation, "card_visited", cardId, inFlow ? { flowId: inFlow.dialogueId } : {});
    }
    // A nested flow's end is not the conversation's end.
    outputs.push(...step.outputs.filter((o) => !(inFlow && o.type === "completed")));

    for (const effect of step.effects) {
      switch (effect.type) {
        case "callWebhook":
          pending.push(effect);
          break;
        case "searchAnswers": {
          const found = await findAnswers(db, conversation.site_id, effect.query, 3);
          log.add(conversation, "answers_searched", effect.cardId, {
            query: effect.query,
            found: found.length,
          });
          input = {
            kind: "answersFound",
            matches: found.map((m) => ({
              id: m.answer.id,
              question: m.answer.question,
              answer: m.answer.answer,
            })),
          };
          break;
        }
        case "runFlow":
          input = await enterFlow(db, conversation.site_id, state, effect.flowId);
          break;
        case "routeLiveChat":
          // Routing runs as a durable job after the commit; its outcome comes back as `liveChatResult`.
          liveChats.push(
            await requestLiveChat(db, {
              siteId: conversation.site_id,
              conversationId: conversation.id,
              cardId: effect.cardId,
              routing: effect.routing,
              origin: "card",
            }),
          );
          break;
        case "offerMeetingSlots": {
          // The visitor books against the offer (domain/meetings); the stream waits for `meetingResult`.
          const offerId = await openMeetingOffer(db, {
            siteId: conversation.site_id,
            conversationId: conversation.id,
            cardId: effect.cardId,
            routing: effect.routing,
            reason: effect.reason,
          });
          const prompt = outputs.findLast((o) => o.type === "meeting" && o.cardId === effect.cardId);
          if (prompt?.type === "meeting") prompt.offerId = offerId;
          break;
        }
        default:
          conversation = await applyEffect(db, conversation, effect, log);
      }
    }
    if (inFlow && step.state.status !== "waiting" && state.flow === inFlow) {
      state.flow = undefined;
      input ??= { kind: "flowFinished" };
    }
  }
  return { conversation, state, outputs, pending, liveChats };
}

/** Starts a reusable flow inside the conversation; a missing, unpublished or nested flow is skipped. */
async function enterFlow(
  db: Kysely<Database>,
  siteId: string,
  state: ConversationState,
  flowId: string,
): Promise<RunInput> {
  if (state.flow) return { kind: "flowFinished" };
  const flow = await db
    .selectFrom("dialogues")
    .select(["id", "published_version", "status"])
    .where("id", "=", flowId)
    .where("site_id", "=", siteId)
    .where("kind", "=", "flow")
    .executeTakeFirst();
  if (!flow?.published_version || flow.status !== "published") return { kind: "flowFinished" };
  state.flow = { dialogueId: flow.id, version: flow.published_version, state: initialRunState() };
  return { kind: "start" };
}
