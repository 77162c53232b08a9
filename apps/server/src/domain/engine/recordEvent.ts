import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
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
  | "split_assigned"
  | "webhook_called"
  | "answers_searched"
  | "phone_given"
  | "field_saved"
  | "content_offered";

type ConversationRef = Pick<
  ConversationTable,
  "id" | "site_id" | "visitor_id" | "person_id" | "dialogue_id" | "version" | "page_url"
>;

/**
 * Collects a step's events and writes them in one statement per table at the end of the step
 * (fewer writes per bot step). Events go to the append-only events table the reports read;
 * activity types also go to the visitor's and person's timeline.
 */
export class EventLog {
  private events: EventTable[] = [];
  private activities: ActivityTable[] = [];
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

  /** Writes what was collected, inside the caller's transaction; the person is the one known at the end of the step. */
  async flush(db: Kysely<Database>, personId: string | null): Promise<ActivityTable[]> {
    const fill = <T extends { person_id: string | null }>(rows: T[]) =>
      rows.map((r) => ({ ...r, person_id: r.person_id ?? personId }));
    if (this.events.length) await db.insertInto("events").values(fill(this.events)).execute();
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
