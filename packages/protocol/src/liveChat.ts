import { z } from "zod";
import { Domain, Id, Timestamp } from "./common";
import { ConversationMessage, ConversationStatus } from "./conversationMessage";
import { partialWithoutDefaults } from "./partialWithoutDefaults";
import { TimeZone, WeeklySchedule } from "./schedule";

/**
 * Live chat (product.md §5): the site's settings, agents and their presence, the account list, custom
 * routing rules, canned responses, the inbox's lists and conversation, offers and the routing log.
 */

// ---- settings --------------------------------------------------------------------------------

/** Every setting has a default: a site that never saved any gets exactly these. */
export const LiveChatSettings = z.strictObject({
  /** An offer not accepted within this is offered to the next eligible agent. */
  acceptTimeoutSeconds: z.number().int().min(10).max(600).default(100),
  /** Offers per round before the chat is queued or falls back. */
  maxAttempts: z.number().int().min(1).max(10).default(2),
  /** Nobody accepted: wait in a queue (position and estimated wait shown) instead of the fallback. */
  queueEnabled: z.boolean().default(false),
  /** A queued chat nobody takes within this gets the fallback. */
  queueTimeoutMinutes: z.number().int().min(1).max(240).default(15),
  /** When a card's rule finds nobody eligible, try round robin over every available agent. */
  fallbackToRoundRobin: z.boolean().default(true),
  /** A chat without a message from either side for this long ends. */
  inactivityMinutes: z.number().int().min(1).max(1440).default(10),
  /** An online agent without an open inbox for this long counts as away. */
  awayAfterMinutes: z.number().int().min(1).max(240).default(5),
  /** Concurrent chats of an agent without a limit of their own. */
  defaultConcurrency: z.number().int().min(1).max(10).default(5),
  /** Said when nobody takes a live chat; null: the widget's standard (translated) text. */
  fallbackMessage: z.string().trim().max(2000).nullable().default(null),
  /** Said when a meeting cannot be booked; null: the standard text. */
  meetingFallbackMessage: z.string().trim().max(2000).nullable().default(null),
  /** Email the offered agents (or the team) when a chat is missed. */
  missedChatEmail: z.boolean().default(true),
});
export type LiveChatSettings = z.infer<typeof LiveChatSettings>;
export const UpdateLiveChatSettingsBody = partialWithoutDefaults(LiveChatSettings);
export type UpdateLiveChatSettingsBody = z.infer<typeof UpdateLiveChatSettingsBody>;

// ---- agents and presence ---------------------------------------------------------------------

/**
 * Why an agent can or cannot take a chat now. available: online, inbox open, toggled available or in
 * a schedule block; the others say what keeps them from it.
 */
export const AGENT_STATES = ["available", "away", "outside_schedule", "inbox_closed", "offline"] as const;
export const AgentState = z.enum(AGENT_STATES);
export type AgentState = z.infer<typeof AgentState>;

export const AgentSummary = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  /** Two letters shown when there is no avatar. */
  initials: z.string(),
  /** `/api/avatars/<id>?v=…`, or null. */
  avatarUrl: z.string().nullable(),
  teamIds: z.array(Id),
  state: AgentState,
  activeChats: z.number().int(),
  limit: z.number().int(),
  /** The agent's own limit (null: the site default) when the server says; `limit` is the one in force. */
  concurrencyLimit: z.number().int().min(1).max(10).nullable().optional(),
});
export type AgentSummary = z.infer<typeof AgentSummary>;
export const AgentSummaryList = z.object({ items: z.array(AgentSummary) });

export const AgentProfile = AgentSummary.extend({
  timeZone: TimeZone,
  schedule: WeeklySchedule.nullable(),
  /** Own limit, or null for the site default. */
  concurrencyLimit: z.number().int().min(1).max(10).nullable(),
  /** The manual toggle, and until when it overrides the schedule. */
  availability: z.enum(["available", "away"]).nullable(),
  availabilityUntil: Timestamp.nullable(),
});
export type AgentProfile = z.infer<typeof AgentProfile>;

export const UpdateAgentProfileBody = z.strictObject({
  timeZone: TimeZone.optional(),
  schedule: WeeklySchedule.nullable().optional(),
  concurrencyLimit: z.number().int().min(1).max(10).nullable().optional(),
});
export const SetAvailabilityBody = z.strictObject({ availability: z.enum(["available", "away"]) });
/** A square PNG, JPEG or WebP of at most 256 KB, as a data URL. */
export const AvatarBody = z.strictObject({ image: z.string().max(360_000) });

// ---- account list and rules ------------------------------------------------------------------

export const AccountRoute = z.object({
  id: Id,
  domain: z.string().nullable(),
  companyId: Id.nullable(),
  companyName: z.string().nullable(),
  ownerId: Id,
  ownerName: z.string(),
  createdAt: Timestamp,
});
export type AccountRoute = z.infer<typeof AccountRoute>;
export const AccountRouteList = z.object({ items: z.array(AccountRoute) });
export const CreateAccountRouteBody = z.union([
  z.strictObject({ domain: Domain, ownerId: Id }),
  z.strictObject({ companyId: Id, ownerId: Id }),
]);
/** CSV with a header row: `domain,owner` (owner by email); `dryRun` checks every line and writes nothing. */
export const ImportAccountRoutesBody = z.strictObject({
  csv: z.string().max(2_000_000),
  dryRun: z.boolean().default(false),
});
export const ImportAccountRoutesResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  failed: z.array(z.object({ line: z.number().int(), message: z.string() })),
  dryRun: z.boolean(),
});
export type ImportAccountRoutesResult = z.infer<typeof ImportAccountRoutesResult>;

export const RoutingRule = z.object({
  id: Id,
  name: z.string(),
  priority: z.number().int(),
  agentIds: z.array(Id),
  teamId: Id.nullable(),
  conditions: z.array(z.unknown()).describe("packages/flow AttributeConditions, all of which must hold"),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type RoutingRule = z.infer<typeof RoutingRule>;
export const RoutingRuleList = z.object({ items: z.array(RoutingRule) });
export const CreateRoutingRuleBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  priority: z.number().int().min(0).max(10_000),
  agentIds: z.array(Id).max(200).default([]),
  teamId: Id.nullable().default(null),
  conditions: z.array(z.unknown()).max(50).default([]),
});
export const UpdateRoutingRuleBody = partialWithoutDefaults(CreateRoutingRuleBody);

// ---- canned responses ------------------------------------------------------------------------

export const CannedResponse = z.object({
  id: Id,
  shortcut: z.string(),
  title: z.string(),
  text: z.string(),
  updatedAt: Timestamp,
});
export type CannedResponse = z.infer<typeof CannedResponse>;
export const CannedResponseList = z.object({ items: z.array(CannedResponse) });
export const CreateCannedResponseBody = z.strictObject({
  shortcut: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9_-]{1,40}$/, "must be letters, digits, - or _"),
  title: z.string().trim().min(1).max(120),
  text: z.string().trim().min(1).max(5000),
});
export const UpdateCannedResponseBody = CreateCannedResponseBody.partial();

// ---- chats, offers, routing log --------------------------------------------------------------

export const LIVE_CHAT_STATUSES = ["routing", "offered", "queued", "assigned", "ended", "fallback"] as const;
export const LiveChatStatus = z.enum(LIVE_CHAT_STATUSES);
export type LiveChatStatus = z.infer<typeof LiveChatStatus>;
export const END_REASONS = ["agent", "visitor", "inactivity", "fallback"] as const;
export const EndReason = z.enum(END_REASONS);
export type EndReason = z.infer<typeof EndReason>;

export const AgentRef = z.object({ id: Id, name: z.string(), avatarUrl: z.string().nullable() });
export type AgentRef = z.infer<typeof AgentRef>;

export const LiveChat = z.object({
  id: Id,
  conversationId: Id,
  status: LiveChatStatus,
  agent: AgentRef.nullable(),
  teamId: Id.nullable(),
  requestedAt: Timestamp,
  queuedAt: Timestamp.nullable(),
  assignedAt: Timestamp.nullable(),
  endedAt: Timestamp.nullable(),
  endReason: EndReason.nullable(),
  score: z.number().int().min(0).max(3).nullable(),
  /** What the other side has received and read, for the delivered/read marks. */
  visitorDeliveredSeq: z.number().int(),
  visitorReadSeq: z.number().int(),
  agentDeliveredSeq: z.number().int(),
  agentReadSeq: z.number().int(),
});
export type LiveChat = z.infer<typeof LiveChat>;

export const ROUTING_LOG_KINDS = [
  "requested",
  "considered",
  "skipped",
  "offered",
  "accepted",
  "declined",
  "timed_out",
  "queued",
  "fallback",
  "transferred",
  "ended",
  "blocked",
] as const;
export const RoutingLogKind = z.enum(ROUTING_LOG_KINDS);
export const RoutingLogEntry = z.object({
  kind: RoutingLogKind,
  agentId: Id.nullable(),
  agentName: z.string().nullable(),
  /** stage (account | rule | round_robin | fallback_round_robin | queue | transfer), reason, rule, attempt … */
  detail: z.record(z.string(), z.unknown()),
  at: Timestamp,
});
export type RoutingLogEntry = z.infer<typeof RoutingLogEntry>;

export const ConversationNote = z.object({
  id: Id,
  authorId: Id.nullable(),
  authorName: z.string().nullable(),
  text: z.string(),
  clientId: z.string().nullable(),
  /** Shown after the message with this sequence number. */
  afterSeq: z.number().int(),
  createdAt: Timestamp,
});
export type ConversationNote = z.infer<typeof ConversationNote>;

/** A row of the inbox's lists: a conversation and, when it reached a human, its latest chat. */
export const InboxItem = z.object({
  conversationId: Id,
  status: ConversationStatus,
  chat: LiveChat.nullable(),
  visitorId: Id,
  personId: Id.nullable(),
  /** The person's name or email, or null for an anonymous visitor. */
  visitorName: z.string().nullable(),
  visitorEmail: z.string().nullable(),
  dialogueName: z.string().nullable(),
  pageUrl: z.string().nullable(),
  lastMessage: z.string().nullable(),
  lastSeq: z.number().int(),
  startedAt: Timestamp,
  updatedAt: Timestamp,
  /** Queue only: 1 = next. */
  queuePosition: z.number().int().nullable(),
  /** Whether the visitor has a widget open on the site now (any tab, any server node). */
  visitorOnline: z.boolean(),
});
export type InboxItem = z.infer<typeof InboxItem>;

export const INBOX_VIEWS = ["mine", "queue", "all"] as const;
export const InboxView = z.enum(INBOX_VIEWS);
export type InboxView = z.infer<typeof InboxView>;
export const InboxQuery = z.strictObject({
  view: InboxView.default("mine"),
  /** Matches the start of the visitor's email or name. */
  q: z.string().trim().max(200).optional(),
  /** all: only conversations that reached a human (live), or only bot ones. */
  kind: z.enum(["live", "bot"]).optional(),
  chatStatus: LiveChatStatus.optional(),
  agentId: Id.optional(),
  dialogueId: Id.optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type InboxQuery = z.infer<typeof InboxQuery>;
export const InboxPage = z.object({ items: z.array(InboxItem), nextCursor: z.string().nullable() });
export type InboxPage = z.infer<typeof InboxPage>;

/** What the agent's conversation view shows: the whole transcript (bot part too), notes, routing log. */
export const InboxConversation = InboxItem.extend({
  messages: z.array(ConversationMessage),
  notes: z.array(ConversationNote),
  /** Every chat of the conversation, oldest first, each with its routing log. */
  chats: z.array(LiveChat.extend({ routingLog: z.array(RoutingLogEntry) })),
  /** The page the visitor is on now (latest page view). */
  currentPage: z.string().nullable(),
});
export type InboxConversation = z.infer<typeof InboxConversation>;

/**
 * A visitor came online (their first widget socket opened) or went offline (their last one closed a
 * moment ago, or the server node holding it died): `visitor.presence` on the site's channel. Each agent
 * hears it only for conversations they may see, and only those are named.
 */
export const VisitorPresenceChange = z.object({
  visitorId: Id,
  online: z.boolean(),
  /** The visitor's conversations (latest first) this agent may see; never empty. */
  conversationIds: z.array(Id),
  /** The page they were last seen on (latest page view), or null. */
  currentPage: z.string().nullable(),
});
export type VisitorPresenceChange = z.infer<typeof VisitorPresenceChange>;

export const ChatOffer = z.object({
  offerId: Id,
  chatId: Id,
  conversationId: Id,
  siteId: Id,
  expiresAt: Timestamp,
  origin: z.enum(["route", "queue", "transfer"]),
  visitorName: z.string().nullable(),
  pageUrl: z.string().nullable(),
  dialogueName: z.string().nullable(),
  /** A transfer's note and who sent it. */
  note: z.string().nullable(),
  fromAgentName: z.string().nullable(),
});
export type ChatOffer = z.infer<typeof ChatOffer>;
export const ChatOfferList = z.object({
  items: z.array(ChatOffer),
  /**
   * The server's clock (`nowIso()`) when the list was read: banners count down to `expiresAt` against
   * it rather than the browser's clock, which may be off (or frozen in tests). Optional: without it the
   * browser's clock is used.
   */
  now: Timestamp.optional(),
});

export const TransferBody = z.union([
  z.strictObject({ agentId: Id, note: z.string().trim().max(2000).default("") }),
  z.strictObject({ teamId: Id, note: z.string().trim().max(2000).default("") }),
]);
export const ScoreBody = z.strictObject({ score: z.number().int().min(0).max(3) });
export const NoteBody = z.strictObject({
  text: z.string().trim().min(1).max(5000),
  clientId: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
});
export const ChatParams = z.strictObject({ siteId: Id, chatId: Id });
export const OfferParams = z.strictObject({ siteId: Id, offerId: Id });
export const InboxConversationParams = z.strictObject({ siteId: Id, conversationId: Id });

// ---- message bodies --------------------------------------------------------------------------

/** A typed chat message (visitor or agent): plain text, links made clickable by whoever shows it. */
export const ChatTextBody = z.object({
  kind: z.literal("chat"),
  text: z.string(),
  agent: AgentRef.optional(),
});
export type ChatTextBody = z.infer<typeof ChatTextBody>;

/** What the system tells both sides: someone joined, a transfer, the end and why. */
export const ChatSystemBody = z.object({
  kind: z.literal("system"),
  event: z.enum(["assigned", "transferred", "ended", "queued", "requeued"]),
  agent: AgentRef.optional(),
  reason: EndReason.optional(),
});
export type ChatSystemBody = z.infer<typeof ChatSystemBody>;

/** The visitor's side of the live chat, announced on their channel as `livechat.status`. */
export const LiveChatVisitorStatus = z.object({
  conversationId: Id,
  chatId: Id,
  status: LiveChatStatus,
  agent: AgentRef.nullable(),
  /** Queued only: 1 = next, and the estimated wait in seconds. */
  position: z.number().int().nullable(),
  estimatedWaitSeconds: z.number().int().nullable(),
  endReason: EndReason.nullable(),
  /** Up to where the agent has read the visitor's messages (the widget's "Read" mark after a resume). */
  readSeq: z.number().int().optional(),
});
export type LiveChatVisitorStatus = z.infer<typeof LiveChatVisitorStatus>;
