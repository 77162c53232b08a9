import { localizeStream } from "@parley/flow/localizeStream";
import type { DriveHost, FlowRef } from "@parley/flow/runner/driveStream";
import { driveStream } from "@parley/flow/runner/driveStream";
import type { RunEffect } from "@parley/flow/runner/runEffect";
import type { RunInput } from "@parley/flow/runner/runInput";
import type { RunOutput } from "@parley/flow/runner/runOutput";
import type { Stream } from "@parley/flow/stream";
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

/**
 * Feeds one input to the conversation through the shared driver (packages/flow driveStream), which
 * keeps going while the server itself can answer what the stream waits for (answer library, nested
 * flows). This is the driver's host over the database: a Meeting card opens a meeting offer the
 * visitor books against (domain/meetings) and leaves the stream waiting for `meetingResult`; a Live
 * chat card opens a live chat (domain/routing) and leaves it waiting for its `liveChatResult`; a
 * webhook is left pending for after the commit. Runs inside the caller's transaction.
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
  const pending: Drive["pending"] = [];
  const liveChats: string[] = [];
  // runContextFor caches per loaded stream (immutable, from loadStream's cache), not per localised copy.
  const loadedOf = new WeakMap<Stream, Stream>();

  const host: DriveHost = {
    async stream(flow) {
      const loaded = flow
        ? await loadStream(db, flow.dialogueId, flow.version)
        : await loadStream(db, conversation.dialogue_id, conversation.version);
      const localized = localizeStream(loaded, conversation.language);
      loadedOf.set(localized, loaded);
      return localized;
    },
    context: (stream) => runContextFor(db, presence, conversation, loadedOf.get(stream) ?? stream, random),
    flow: (flowId) => publishedFlow(db, conversation.site_id, flowId),
    visited(cardId, flow) {
      // A reusable flow's cards are not the dialogue's: they stay out of its funnel.
      if (flow) log.add(conversation, "flow_card_visited", cardId, { flowId: flow.dialogueId });
      else log.add(conversation, "card_visited", cardId);
    },
    async effect(effect, outputs) {
      switch (effect.type) {
        case "callWebhook":
          pending.push(effect);
          return null;
        case "searchAnswers": {
          const found = await findAnswers(db, conversation.site_id, effect.query, 3);
          log.add(conversation, "answers_searched", effect.cardId, {
            query: effect.query,
            found: found.length,
          });
          return {
            kind: "answersFound",
            matches: found.map((m) => ({
              id: m.answer.id,
              question: m.answer.question,
              answer: m.answer.answer,
            })),
          };
        }
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
          return null;
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
          return null;
        }
        default:
          conversation = await applyEffect(db, conversation, effect, log);
          return null;
      }
    },
  };

  const { state, outputs } = await driveStream(host, startState, firstInput);
  return { conversation, state, outputs, pending, liveChats };
}

/** The published version of a reusable flow of this site, or null (missing, unpublished: skipped). */
async function publishedFlow(db: Kysely<Database>, siteId: string, flowId: string): Promise<FlowRef | null> {
  const flow = await db
    .selectFrom("dialogues")
    .select(["id", "published_version", "status"])
    .where("id", "=", flowId)
    .where("site_id", "=", siteId)
    .where("kind", "=", "flow")
    .executeTakeFirst();
  if (!flow?.published_version || flow.status !== "published") return null;
  return { dialogueId: flow.id, version: flow.published_version };
}
