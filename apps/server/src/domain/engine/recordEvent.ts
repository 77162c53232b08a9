import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { pagePath } from "../../lib/pagePath";
import { toJson } from "../../lib/json";
import type { ActivityTable, ConversationTable, Database, EventTable } from "../../store/schema";
import { noPersonChange, type PersonChange } from "../people/announcePersonChange";
import { activityWebhookEvents, emitWebhookEvents } from "../webhooks/emitWebhookEvent";

/** The activity types of product.md §8: they appear on the person's/visitor's timeline. */
export const ACTIVITY_TYPES = [
  "triggered",
  "engaged",
  "completed",
  "dropped",
  "email_given",
  "goal_reached",
  "meeting_scheduled",
  "agent_engaged",
  // A live chat ended (agent, visitor or inactivity): the widget's livechat.ended.
  "agent_left",
  "content_opened",
  "consent_given",
  // An unverified visitor's answer that differs from the known person's stored value (which was kept).
  "answer_not_saved",
] as const;

/** Everything the reports count; activities plus per-card facts (card reached, split branch, webhook …). */
export type EventType =
  | (typeof ACTIVITY_TYPES)[number]
  | "card_visited"
  /** A card of a reusable flow the conversation runs (data.flowId): not in the dialogue's funnel. */
  | "flow_card_visited"
  | "split_assigned"
  | "webhook_called"
  | "answers_searched"
  | "phone_given"
  | "field_saved"
  | "content_offered";

type ConversationRef = Pick<
  ConversationTable,
  | "id"
  | "site_id"
  | "visitor_id"
  | "person_id"
  | "dialogue_id"
  | "version"
  | "page_url"
  | "kind"
  | "delivery"
  | "branch"
  | "known"
>;

/** The outcomes the reports count once per conversation: a repeat is marked `repeated` (EventTable). */
export const ONCE_PER_CONVERSATION: readonly string[] = ["email_given", "meeting_scheduled", "goal_reached"];

/** A conversation's branch string after a split card sent it down `branchId` (see EventTable.branch). */
export function withBranch(branch: string | null, splitCardId: string, branchId: string): string {
  const pairs = new Map((branch ? branch.split(",") : []).map((p) => p.split(":") as [string, string]));
  pairs.set(splitCardId, branchId);
  return [...pairs]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([c, b]) => `${c}:${b}`)
    .join(",");
}

/**
 * Collects a step's events and writes them in one statement per table at the end of the step
 * (fewer writes per bot step). Events go to the append-only events table the reports read;
 * activity types also go to the visitor's and person's timeline.
 */
export class EventLog {
  private events: EventTable[] = [];
  private activities: ActivityTable[] = [];
  /** Per conversation of the step: its branch as splits changed it, its page path (parsed once). */
  private branches = new Map<string, string | null>();
  private pages = new Map<string, string | null>();
  /** What the step changed of the visitor's person and company, announced after the commit. */
  readonly changes: PersonChange = noPersonChange();

  personChanged(created: boolean, company = false): void {
    this.changes.person = created || this.changes.person === "created" ? "created" : "updated";
    this.changes.company ||= company;
  }

  personMerged(fromId: string): void {
    this.changes.mergedFrom = fromId;
  }

  add(
    conversation: ConversationRef,
    type: EventType,
    cardId: string | null,
    data: Record<string, unknown> = {},
  ): void {
    const at = nowIso();
    if (type === "split_assigned" && cardId && typeof data.branchId === "string")
      this.branches.set(conversation.id, withBranch(this.branchOf(conversation), cardId, data.branchId));
    let page = this.pages.get(conversation.id);
    if (page === undefined) {
      page = pagePath(conversation.page_url);
      this.pages.set(conversation.id, page);
    }
    this.events.push({
      id: newId(),
      site_id: conversation.site_id,
      type,
      dialogue_id: conversation.dialogue_id,
      version: conversation.version,
      conversation_id: conversation.id,
      visitor_id: conversation.visitor_id,
      person_id: conversation.person_id,
      card_id: cardId,
      data: toJson(data),
      at,
      kind: conversation.kind,
      delivery: conversation.delivery,
      branch: this.branchOf(conversation),
      // Decided once, when the conversation started (see ConversationTable.known).
      known: conversation.known,
      page,
      at_ms: Date.parse(at),
      repeated: 0,
      rolled: 0,
    });
    if ((ACTIVITY_TYPES as readonly string[]).includes(type)) {
      this.activities.push({
        id: newId(),
        site_id: conversation.site_id,
        visitor_id: conversation.visitor_id,
        person_id: conversation.person_id,
        type,
        dialogue_id: conversation.dialogue_id,
        dialogue_version: conversation.version,
        page_url: conversation.page_url,
        data: toJson({ ...data, conversationId: conversation.id, ...(cardId ? { cardId } : {}) }),
        at,
      });
    }
  }

  /** The conversation's branch as of the events added so far (store it on the conversation row). */
  branchOf(conversation: Pick<ConversationRef, "id" | "branch">): string | null {
    const changed = this.branches.get(conversation.id);
    return changed === undefined ? conversation.branch : changed;
  }

  /** Writes what was collected, inside the caller's transaction; the person is the one known at the end of the step. */
  async flush(db: Kysely<Database>, personId: string | null): Promise<ActivityTable[]> {
    const fill = <T extends { person_id: string | null }>(rows: T[]) =>
      rows.map((r) => ({ ...r, person_id: r.person_id ?? personId }));
    const events = fill(this.events);
    await markRepeats(db, events);
    if (events.length) await db.insertInto("events").values(events).execute();
    const activities = fill(this.activities);
    if (activities.length) {
      await db.insertInto("activities").values(activities).execute();
      await emitWebhookEvents(db, activityWebhookEvents(activities));
    }
    this.events = [];
    this.activities = [];
    return activities;
  }
}

/** Marks the outcomes a conversation had already reached (earlier or in this step) as repeated. */
async function markRepeats(db: Kysely<Database>, events: EventTable[]): Promise<void> {
  const once = events.filter((e) => e.conversation_id && ONCE_PER_CONVERSATION.includes(e.type));
  if (!once.length) return;
  const key = (conversationId: string | null, type: string) => `${conversationId} ${type}`;
  const earlier = await db
    .selectFrom("events")
    .select(["conversation_id", "type"])
    .where("conversation_id", "in", [...new Set(once.map((e) => e.conversation_id!))])
    .where("type", "in", [...new Set(once.map((e) => e.type))])
    .execute();
  const seen = new Set(earlier.map((e) => key(e.conversation_id, e.type)));
  for (const e of once) {
    if (seen.has(key(e.conversation_id, e.type))) e.repeated = 1;
    seen.add(key(e.conversation_id, e.type));
  }
}

/** Records one event at once, inside the caller's transaction. */
export async function recordEvent(
  db: Kysely<Database>,
  conversation: ConversationRef,
  type: EventType,
  cardId: string | null,
  data: Record<string, unknown> = {},
): Promise<void> {
  const log = new EventLog();
  log.add(conversation, type, cardId, data);
  await log.flush(db, conversation.person_id);
}
