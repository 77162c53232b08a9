import { z } from "zod";
import { ConversationMessage, ConversationStatus } from "./conversationMessage";
import { BusEvent } from "./events";
import { LiveChatVisitorStatus } from "./liveChat";

/** Channels a client may subscribe to. Agents: `site:<id>` and their own `user:<id>`; visitors are subscribed to their own channel. */
export const Channel = z
  .string()
  .regex(/^(site|user|visitor|conversation):[A-Za-z0-9_-]{1,64}$/, "unknown channel");

const Ref = z.string().max(64).optional();
/** A client-generated id (UUID or similar): sending the same one twice never does the thing twice. */
export const ClientId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "must be letters, digits, _ or -");

/** What a visitor can answer: a button value or typed text, "no more questions", a consent choice. */
export const VisitorInput = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("answer"), value: z.string().min(1).max(5000) }),
  z.strictObject({ kind: z.literal("done") }),
  z.strictObject({ kind: z.literal("consent"), accepted: z.boolean() }),
]);
export type VisitorInput = z.infer<typeof VisitorInput>;

/** Every frame a client may send. Anything else gets an `error` frame and changes nothing. */
export const ClientFrame = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("ping"), ref: Ref }),
  z.strictObject({
    type: z.literal("conversation.start"),
    ref: Ref,
    clientId: ClientId,
    dialogueId: z.string().min(1).max(64),
    pageUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    delivery: z.enum(["popup", "inline", "chat"]).default("chat"),
    /** The widget's language (e.g. fr, pt-BR): the dialogue's texts in it when translated. */
    language: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
      .optional(),
  }),
  z.strictObject({
    type: z.literal("conversation.input"),
    ref: Ref,
    clientId: ClientId,
    conversationId: z.string().min(1).max(64),
    input: VisitorInput,
  }),
  z.strictObject({
    type: z.literal("conversation.resume"),
    ref: Ref,
    conversationId: z.string().min(1).max(64),
    afterSeq: z.number().int().min(0),
  }),
  // ---- live chat (visitor and agent alike; the connection says who is writing) ----
  /** A typed chat message. The same client id twice stores it once (the second gets a duplicate ack). */
  z.strictObject({
    type: z.literal("chat.send"),
    ref: Ref,
    clientId: ClientId,
    conversationId: z.string().min(1).max(64),
    text: z.string().trim().min(1).max(5000),
  }),
  z.strictObject({
    type: z.literal("chat.typing"),
    conversationId: z.string().min(1).max(64),
    typing: z.boolean(),
  }),
  /** What this side has received (delivered) and looked at (read), by sequence number. */
  z.strictObject({
    type: z.literal("chat.seen"),
    conversationId: z.string().min(1).max(64),
    deliveredSeq: z.number().int().min(0).optional(),
    readSeq: z.number().int().min(0).optional(),
  }),
  /** The visitor ends the chat (agents end it through the REST API). */
  z.strictObject({ type: z.literal("chat.end"), ref: Ref, conversationId: z.string().min(1).max(64) }),
  /** An agent's connection is alive; `inboxOpen` when the inbox is on screen (auto-away counts from it). */
  z.strictObject({ type: z.literal("presence.beat"), ref: Ref, inboxOpen: z.boolean() }),
  z.strictObject({ type: z.literal("subscribe"), channel: Channel, ref: z.string().max(64).optional() }),
  z.strictObject({ type: z.literal("unsubscribe"), channel: Channel, ref: z.string().max(64).optional() }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

/** An announced event, as an agent (site and user channels) or visitor (own channel) hears it. */
export const EventFrame = z.object({ type: z.literal("event") }).and(BusEvent);
export type EventFrame = z.infer<typeof EventFrame>;

const ReplyFrame = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("conversation.started"),
    ref: z.string().optional(),
    conversationId: z.string(),
  }),
  z.object({
    type: z.literal("conversation.messages"),
    conversationId: z.string(),
    status: ConversationStatus,
    messages: z.array(ConversationMessage),
    /**
     * In the answer to `conversation.resume`: the conversation's latest live chat as the visitor
     * sees it (as its last `livechat.status` said), or null when it never had one. The widget
     * shows the queue position, agent and read mark of a chat it missed the events of.
     */
    liveChat: LiveChatVisitorStatus.nullable().optional(),
  }),
  /**
   * A bot step is finished: its messages up to `lastSeq` have all been sent. `waitsForVisitor`: the
   * bot asked and waits (the visitor may answer now); false while the bot works on or once it ended.
   */
  z.object({
    type: z.literal("step.finished"),
    conversationId: z.string(),
    status: ConversationStatus,
    lastSeq: z.number().int(),
    waitsForVisitor: z.boolean(),
  }),
  z.object({
    type: z.literal("typing"),
    conversationId: z.string(),
    author: z.enum(["bot", "visitor", "agent"]),
  }),
  /** The input with this client id is stored (or was already: `duplicate`); the client may forget it. */
  z.object({
    type: z.literal("ack"),
    ref: z.string().optional(),
    clientId: z.string(),
    duplicate: z.boolean(),
    /** chat.send: the sequence number the message has (also when it was a duplicate). */
    seq: z.number().int().optional(),
  }),
  z.object({ type: z.literal("hello"), kind: z.enum(["agent", "visitor"]), id: z.string() }),
  z.object({ type: z.literal("pong"), ref: z.string().optional() }),
  z.object({ type: z.literal("subscribed"), channel: z.string(), ref: z.string().optional() }),
  z.object({ type: z.literal("unsubscribed"), channel: z.string(), ref: z.string().optional() }),
  z.object({
    type: z.literal("error"),
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
    ref: z.string().optional(),
  }),
]);
/** Every frame the server sends. */
export const ServerFrame = z.union([ReplyFrame, EventFrame]);
export type ServerFrame = z.infer<typeof ServerFrame>;
