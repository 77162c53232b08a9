import { z } from "zod";
import { ConversationMessage, ConversationStatus } from "./conversationMessage";
import {
  AgentSummary,
  ChatOffer,
  ConversationNote,
  LiveChat,
  LiveChatVisitorStatus,
  VisitorPresenceChange,
} from "./liveChat";
import { Import } from "./imports";
import { CalendarConnection, Meeting } from "./meetings";
import { Company, Person } from "./people";
import { Site } from "./sites";

/**
 * Who a channel belongs to: a site (its agents), one user (their connections), one visitor (theirs),
 * one conversation (the agents looking at it: live chat messages, notes, typing, read marks), the
 * server nodes themselves (every node listens, no client may join: e.g. a cache to drop).
 */
export const CHANNEL_KINDS = ["site", "user", "visitor", "conversation", "server"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

const on = <K extends ChannelKind, N extends string, D extends z.ZodType>(kind: K, name: N, data: D) =>
  z.object({ channel: z.templateLiteral([kind, ":", z.string()]), name: z.literal(name), data });

/** A committed bot step, for the visitor: its messages, and whether the bot now waits for them. */
export const ConversationStep = z.object({
  conversationId: z.string(),
  status: ConversationStatus,
  messages: z.array(ConversationMessage),
  /** The conversation's last sequence number after this step. */
  lastSeq: z.number().int(),
  /** The bot asked something and waits for the visitor (false while it works on, or when it ended). */
  waitsForVisitor: z.boolean(),
});
export type ConversationStep = z.infer<typeof ConversationStep>;

/** Something that happened in a conversation (goal reached, email given …): the widget's API events. */
export const ConversationActivity = z.object({
  type: z.string(),
  conversationId: z.string(),
  cardId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

/**
 * Every event of the bus, announced by a domain command after its transaction commits: its channel
 * kind, name and data. Agents hear site and user events as `event` frames (apps/server decides per
 * event name who may); visitors hear their own channel's.
 */
export const BusEvent = z.discriminatedUnion("name", [
  on("site", "site.updated", Site),
  on("site", "person.created", Person),
  on("site", "person.updated", Person),
  /** Deleted, or merged into `into` (the person the visitor joined). */
  on("site", "person.deleted", z.object({ id: z.string(), into: z.string().nullable() })),
  on("site", "company.created", Company),
  on("site", "company.updated", Company),
  on("site", "company.deleted", z.object({ id: z.string() })),
  /** A CSV import's run committed a batch, or ended (its status, progress and counts). */
  on("site", "import.progress", Import),
  on(
    "site",
    "conversation.updated",
    z.object({ conversationId: z.string(), status: ConversationStatus, lastSeq: z.number().int() }),
  ),
  /** The user's role, sites or session changed: their connections re-read their session. */
  on("user", "access.changed", z.object({})),
  on("visitor", "conversation.step", ConversationStep),
  on("visitor", "activity", ConversationActivity),
  // ---- live chat ----
  /** A chat changed (routed, offered, queued, assigned, transferred, ended): the inbox's lists. */
  on("site", "livechat.updated", LiveChat),
  /** An agent's state or load changed (presence, toggle, a chat taken or ended). */
  on("site", "agent.presence", AgentSummary),
  /** A visitor's widget connected or went away: "Online now" / "Not on the site now" in the inbox. */
  on("site", "visitor.presence", VisitorPresenceChange),
  /** A chat is offered to this user: the new-chat banner. */
  on("user", "livechat.offer", ChatOffer),
  /** The offer is no longer open: the banner goes. */
  on(
    "user",
    "livechat.offerClosed",
    z.object({
      offerId: z.string(),
      chatId: z.string(),
      reason: z.enum(["accepted", "declined", "timed_out", "withdrawn"]),
    }),
  ),
  /** New messages of a conversation (visitor, agent, system), for the agents looking at it. */
  on(
    "conversation",
    "chat.messages",
    z.object({
      siteId: z.string(),
      conversationId: z.string(),
      messages: z.array(ConversationMessage),
      lastSeq: z.number().int(),
    }),
  ),
  on(
    "conversation",
    "chat.note",
    ConversationNote.extend({ siteId: z.string(), conversationId: z.string() }),
  ),
  on(
    "conversation",
    "chat.typing",
    z.object({
      siteId: z.string(),
      conversationId: z.string(),
      author: z.enum(["visitor", "agent"]),
      typing: z.boolean(),
      agentName: z.string().nullable(),
    }),
  ),
  on(
    "conversation",
    "chat.read",
    z.object({
      siteId: z.string(),
      conversationId: z.string(),
      side: z.enum(["visitor", "agent"]),
      deliveredSeq: z.number().int(),
      readSeq: z.number().int(),
    }),
  ),
  /** The visitor's live chat: connecting, queued (position, wait), assigned (agent), ended, fallback. */
  on("visitor", "livechat.status", LiveChatVisitorStatus),
  // ---- between server nodes ----
  /** A site's webhook subscriptions changed (created, edited, enabled, disabled, deleted): nodes re-read them. */
  on("server", "webhooks.changed", z.object({ siteId: z.string() })),
  /**
   * The visitor was erased (docs/retention.md): every node closes the visitor's sockets (code 4410)
   * after this event, and the widget forgets their conversations.
   */
  on("visitor", "visitor.erased", z.object({ visitorId: z.string() })),
  // ---- meetings ----
  /** A meeting was booked, rescheduled, cancelled or marked a no-show: the meetings list. */
  on("site", "meeting.updated", Meeting),
  /** One of the user's calendar connections changed (synced, needs attention, removed: `removed`). */
  on("user", "calendar.updated", CalendarConnection.extend({ removed: z.boolean() })),
  on(
    "visitor",
    "livechat.typing",
    z.object({ conversationId: z.string(), typing: z.boolean(), agentName: z.string().nullable() }),
  ),
  /** The agent received / read the visitor's messages up to these sequence numbers. */
  on(
    "visitor",
    "livechat.read",
    z.object({ conversationId: z.string(), deliveredSeq: z.number().int(), readSeq: z.number().int() }),
  ),
]);
export type BusEvent = z.infer<typeof BusEvent>;
export type BusEventName = BusEvent["name"];
/** The events of one kind of channel. */
export type ChannelEvent<K extends ChannelKind> = Extract<BusEvent, { channel: `${K}:${string}` }>;
