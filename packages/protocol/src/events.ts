import { z } from "zod";
import { ConversationMessage, ConversationStatus } from "./conversationMessage";
import { Company, Person } from "./people";
import { Site } from "./sites";

/** Who a channel belongs to: a site (its agents), one user (their connections), one visitor (theirs). */
export const CHANNEL_KINDS = ["site", "user", "visitor"] as const;
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
  on(
    "site",
    "conversation.updated",
    z.object({ conversationId: z.string(), status: ConversationStatus, lastSeq: z.number().int() }),
  ),
  /** The user's role, sites or session changed: their connections re-read their session. */
  on("user", "access.changed", z.object({})),
  on("visitor", "conversation.step", ConversationStep),
  on("visitor", "activity", ConversationActivity),
]);
export type BusEvent = z.infer<typeof BusEvent>;
export type BusEventName = BusEvent["name"];
/** The events of one kind of channel. */
export type ChannelEvent<K extends ChannelKind> = Extract<BusEvent, { channel: `${K}:${string}` }>;
