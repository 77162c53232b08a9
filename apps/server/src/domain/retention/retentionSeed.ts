import type { Kysely } from "kysely";
import { newId } from "../../lib/ids";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { insertMeeting } from "../../testing/meetingFactory";

/** Test seeding (retention tests): rows of every class written straight into the store at chosen times. */

const DAY_MS = 24 * 60 * 60 * 1000;
export const daysAgo = (nowMs: number, days: number, extraMs = 0) =>
  new Date(nowMs - days * DAY_MS + extraMs).toISOString();

export interface SeedRefs {
  siteId: string;
  dialogueId: string;
  hostId: string;
}

export async function seedVisitor(
  db: Kysely<Database>,
  refs: SeedRefs,
  at: string,
  personId: string | null = null,
  email: string | null = null,
): Promise<string> {
  const id = newId();
  await db
    .insertInto("visitors")
    .values({
      id,
      site_id: refs.siteId,
      person_id: personId,
      attributes: "{}",
      given: toJson(email ? { person: { email }, company: {} } : { person: {}, company: {} }),
      verified_email: null,
      first_seen_at: at,
      last_seen_at: at,
    })
    .execute();
  return id;
}

export async function seedPerson(db: Kysely<Database>, refs: SeedRefs, email: string, at: string) {
  const id = newId();
  await db
    .insertInto("people")
    .values({
      id,
      site_id: refs.siteId,
      email,
      first_name: "Erin",
      last_name: "Example",
      phone: "+33 1 23 45 67 89",
      job_title: null,
      company_id: null,
      fields: "{}",
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

export async function seedPageView(db: Kysely<Database>, refs: SeedRefs, visitorId: string, at: string) {
  const id = newId();
  await db
    .insertInto("page_views")
    .values({
      id,
      site_id: refs.siteId,
      visitor_id: visitorId,
      session_id: newId(),
      url: `https://example.com/p/${id}`,
      referrer: null,
      attributes: "{}",
      views: 1,
      first_at: at,
      last_at: at,
    })
    .execute();
  return id;
}

export async function seedActivity(
  db: Kysely<Database>,
  refs: SeedRefs,
  visitorId: string,
  personId: string | null,
  at: string,
) {
  const id = newId();
  await db
    .insertInto("activities")
    .values({
      id,
      site_id: refs.siteId,
      visitor_id: visitorId,
      person_id: personId,
      type: "engaged",
      dialogue_id: refs.dialogueId,
      dialogue_version: 1,
      page_url: null,
      data: "{}",
      at,
    })
    .execute();
  return id;
}

export async function seedEvent(
  db: Kysely<Database>,
  refs: SeedRefs,
  at: string,
  who: { visitorId?: string | null; personId?: string | null; conversationId?: string | null } = {},
  type = "triggered",
  data: Record<string, unknown> = {},
) {
  const id = newId();
  await db
    .insertInto("events")
    .values({
      id,
      site_id: refs.siteId,
      type,
      dialogue_id: refs.dialogueId,
      version: 1,
      conversation_id: who.conversationId ?? null,
      visitor_id: who.visitorId ?? null,
      person_id: who.personId ?? null,
      card_id: null,
      data: toJson(data),
      at,
      kind: "dialogue",
      delivery: "dialogue",
      branch: null,
      known: who.personId ? 1 : 0,
      page: null,
      at_ms: Date.parse(at),
      repeated: 0,
      rolled: 0,
    })
    .execute();
  return id;
}

/**
 * A finished conversation of `visitorId` last active at `at`: `messages` messages (the first by the
 * visitor when `engaged`), a note, an ended live chat with an offer and a routing-log line, and a
 * meeting booked in it.
 */
let meetingSlot = 0;

export async function seedConversation(
  db: Kysely<Database>,
  refs: SeedRefs,
  visitorId: string,
  personId: string | null,
  at: string,
  options: { messages?: number; engaged?: boolean; liveChat?: boolean; meetingEmail?: string | null } = {},
) {
  const id = newId();
  const messages = options.messages ?? 3;
  await db
    .insertInto("conversations")
    .values({
      id,
      site_id: refs.siteId,
      visitor_id: visitorId,
      person_id: personId,
      dialogue_id: refs.dialogueId,
      version: 1,
      kind: "dialogue",
      delivery: "chat",
      status: options.engaged === false ? "dropped" : "completed",
      score: null,
      state: "{}",
      page_url: null,
      language: "en",
      start_client_id: newId(),
      last_seq: messages,
      started_at: at,
      updated_at: at,
      ended_at: at,
      known: 0,
    })
    .execute();
  if (messages > 0)
    await db
      .insertInto("messages")
      .values(
        Array.from({ length: messages }, (_, i) => ({
          id: newId(),
          conversation_id: id,
          seq: i + 1,
          client_id: null,
          author: i === 0 && options.engaged !== false ? "visitor" : "bot",
          body: toJson({ kind: "text", text: `line ${i}` }),
          created_at: at,
        })),
      )
      .execute();
  await db
    .insertInto("conversation_notes")
    .values({
      id: newId(),
      conversation_id: id,
      author_id: refs.hostId,
      text: "called them",
      client_id: null,
      after_seq: 1,
      created_at: at,
    })
    .execute();
  if (options.liveChat !== false) {
    const chatId = newId();
    await db
      .insertInto("live_chats")
      .values({
        id: chatId,
        site_id: refs.siteId,
        conversation_id: id,
        card_id: "chat",
        routing: "{}",
        status: "ended",
        agent_id: refs.hostId,
        team_id: null,
        attempts: 1,
        queued_at: null,
        assigned_at: at,
        ended_at: at,
        end_reason: "agent",
        last_activity_at: at,
        score: null,
        visitor_delivered_seq: 0,
        visitor_read_seq: 0,
        agent_delivered_seq: 0,
        agent_read_seq: 0,
        requested_at: at,
        updated_at: at,
        first_response_at: null,
      })
      .execute();
    await db
      .insertInto("chat_offers")
      .values({
        id: newId(),
        chat_id: chatId,
        site_id: refs.siteId,
        agent_id: refs.hostId,
        attempt: 1,
        status: "accepted",
        origin: "route",
        note: null,
        from_agent_id: null,
        offered_at: at,
        expires_at: at,
        decided_at: at,
      })
      .execute();
    await db
      .insertInto("routing_log")
      .values({
        id: newId(),
        chat_id: chatId,
        conversation_id: id,
        pos: 1,
        kind: "assigned",
        agent_id: refs.hostId,
        detail: "{}",
        at,
      })
      .execute();
  }
  let meetingId: string | null = null;
  if (options.meetingEmail !== undefined) {
    meetingId = newId();
    // A host has one scheduled meeting per start time.
    const startsAt = new Date(Date.parse(at) + ++meetingSlot * 60 * 60_000).toISOString();
    await insertMeeting(db, {
      id: meetingId,
      site_id: refs.siteId,
      user_id: refs.hostId,
      conversation_id: id,
      dialogue_id: refs.dialogueId,
      person_id: personId,
      visitor_id: visitorId,
      visitor_email: options.meetingEmail,
      visitor_name: "Erin Example",
      starts_at: startsAt,
      ends_at: startsAt,
    });
  }
  return { id, meetingId };
}

export async function seedMail(db: Kysely<Database>, to: string, at: string) {
  const id = newId();
  await db
    .insertInto("outbox")
    .values({
      id,
      kind: "transcript",
      user_id: null,
      recipient: to,
      subject: "Your conversation",
      text_body: "…",
      html_body: null,
      attachments: null,
      status: "unsent",
      attempts: 0,
      last_error: null,
      message_id: `<${id}@parley>`,
      sent_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** A webhook delivery of the site (and its subscription, once) in `status`, last changed at `at`, with one attempt. */
export async function seedWebhookDelivery(
  db: Kysely<Database>,
  refs: SeedRefs,
  status: "pending" | "failed" | "delivered" | "dead",
  at: string,
) {
  const subscriptionId = `sub-${refs.siteId}`;
  await db
    .insertInto("webhook_subscriptions")
    .values({
      id: subscriptionId,
      site_id: refs.siteId,
      url: "https://hooks.example.com/parley",
      event_types: toJson(["activity.email_given"]),
      secret: "sealed",
      secret_prefix: "whsec_ab",
      active: 1,
      description: "",
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  const id = newId();
  await db
    .insertInto("webhook_deliveries")
    .values({
      id,
      site_id: refs.siteId,
      subscription_id: subscriptionId,
      event_type: "activity.email_given",
      payload: toJson({ id, type: "activity.email_given", siteId: refs.siteId, data: {} }),
      status,
      attempts: 1,
      max_attempts: 12,
      next_attempt_at: status === "pending" || status === "failed" ? at : null,
      last_status_code: status === "delivered" ? 200 : 500,
      last_error: status === "delivered" ? null : "HTTP 500",
      response_time_ms: 12,
      created_at: at,
      delivered_at: status === "delivered" ? at : null,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto("webhook_attempts")
    .values({
      id: newId(),
      delivery_id: id,
      number: 1,
      at,
      status_code: status === "delivered" ? 200 : 500,
      duration_ms: 12,
      error: null,
      response_excerpt: "ok",
    })
    .execute();
  return id;
}
