import type { Erasure, ErasureCounts } from "@parley/protocol/retention";
import type { ExpressionBuilder, Kysely } from "kysely";
import type { AppContext } from "../../api/context";
import { notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import { lockInTransaction } from "../../store/lockInTransaction";
import type { Database, ErasureTable } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { parseGiven } from "../people/recordGiven";
import { anonymiseEvents } from "./anonymiseEvents";
import { queueCalendarErasures } from "./eraseCalendarEvents";
import { eraseOutboxMail } from "./eraseOutboxMail";
import { eraseWebhookData } from "./eraseWebhookData";
import { lockReachableSite } from "./lockReachableSite";

type Subject = ErasureTable["subject"];

const presentErasure = (row: ErasureTable, alreadyErased: boolean): Erasure => ({
  id: row.id,
  siteId: row.site_id,
  subject: row.subject,
  subjectId: row.subject_id,
  erasedBy: row.erased_by,
  erasedAt: row.erased_at,
  // Counts added later (calendarEvents) read 0 on older records.
  removed: { ...NO_ERASURE_COUNTS, ...parseJson<Partial<ErasureCounts>>(row.removed, {}) },
  alreadyErased,
});

const NO_ERASURE_COUNTS: ErasureCounts = {
  people: 0,
  visitors: 0,
  conversations: 0,
  messages: 0,
  notes: 0,
  liveChats: 0,
  activities: 0,
  pageViews: 0,
  mails: 0,
  eventsAnonymised: 0,
  meetingsAnonymised: 0,
  webhookDeliveries: 0,
  calendarEvents: 0,
};

const count = (row: { n: number | string | bigint } | undefined) => Number(row?.n ?? 0);

/**
 * Erases a person or a visitor of one site — the right to be forgotten (docs/retention.md) — in one
 * transaction: the person row, their visitors (a visitor erasure: that one), the conversations with
 * their transcripts, notes, live chats, offers and routing logs, their activities and page views, the
 * the outbox mail about them (eraseOutboxMail) and queued jobs about them; their meetings stay without
 * name, email or links, and the events written for them on hosts' CalDAV calendars are deleted there
 * by a durable job (queueCalendarErasures); raw report events stay, anonymised (anonymiseEvents), so
 * every report keeps its numbers. The site access is checked inside the transaction, everything is
 * looked up within the site, and a second erase of the same subject answers the first one's record
 * (`alreadyErased`) and changes nothing. After commit: each erased visitor's `visitor.erased` (their
 * sockets close on every node) and, for a person, `person.deleted`.
 */
export async function eraseSubject(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  subject: Subject,
  subjectId: string,
): Promise<Erasure> {
  let erasedVisitors: readonly string[] = [];
  const erasure = await ctx.store.db.transaction().execute(async (trx) => {
    await lockReachableSite(trx, actor, siteId);
    await lockInTransaction(trx, ctx.store.kind, [`erase:${siteId}:${subjectId}`]);
    const previous = await trx
      .selectFrom("erasures")
      .selectAll()
      .where("site_id", "=", siteId)
      .where("subject", "=", subject)
      .where("subject_id", "=", subjectId)
      .executeTakeFirst();
    if (previous) return presentErasure(previous, true);
    const { counts: removed, visitorIds } = await eraseInTransaction(trx, siteId, subject, subjectId);
    erasedVisitors = visitorIds;
    const row: ErasureTable = {
      id: newId(),
      site_id: siteId,
      subject,
      subject_id: subjectId,
      erased_by: actor.kind === "user" ? actor.id : actor.createdBy,
      removed: toJson(removed),
      erased_at: nowIso(),
    };
    await trx.insertInto("erasures").values(row).execute();
    return presentErasure(row, false);
  });
  if (erasure.alreadyErased) return erasure;
  if (erasure.removed.calendarEvents > 0) ctx.jobs.poke();
  // Every node closes the erased visitors' sockets (realtime/realtimeRoutes.ts): the widget forgets them.
  for (const visitorId of erasedVisitors)
    await ctx.bus.publish({ channel: `visitor:${visitorId}`, name: "visitor.erased", data: { visitorId } });
  if (subject === "person")
    await ctx.bus.publish({
      channel: `site:${siteId}`,
      name: "person.deleted",
      data: { id: subjectId, into: null },
    });
  return erasure;
}

async function eraseInTransaction(
  trx: Kysely<Database>,
  siteId: string,
  subject: Subject,
  subjectId: string,
): Promise<{ counts: ErasureCounts; visitorIds: string[] }> {
  const personId = subject === "person" ? subjectId : null;
  const emails = new Set<string>();
  if (personId) {
    const person = await trx
      .selectFrom("people")
      .select(["id", "email"])
      .where("site_id", "=", siteId)
      .where("id", "=", personId)
      .executeTakeFirst();
    if (!person) throw notFound("Person");
    if (person.email) emails.add(person.email.toLowerCase());
  }
  const visitors = await trx
    .selectFrom("visitors")
    .select(["id", "verified_email", "given"])
    .where("site_id", "=", siteId)
    .where(personId ? "person_id" : "id", "=", subjectId)
    .execute();
  if (!personId && visitors.length === 0) throw notFound("Visitor");
  for (const v of visitors) {
    if (v.verified_email) emails.add(v.verified_email.toLowerCase());
    const given = parseGiven(v.given).person.email;
    if (typeof given === "string" && given) emails.add(given.toLowerCase());
  }
  const visitorIds = visitors.map((v) => v.id);

  const conversations = await trx
    .selectFrom("conversations")
    .select(["id", "visitor_id"])
    .where("site_id", "=", siteId)
    .where((eb) =>
      eb.or([
        ...(visitorIds.length ? [eb("visitor_id", "in", visitorIds)] : []),
        ...(personId ? [eb("person_id", "=", personId)] : []),
      ]),
    )
    .execute();
  const conversationIds = conversations.map((c) => c.id);

  const meetingWhere = (eb: ExpressionBuilder<Database, "meetings">) =>
    eb.or([
      ...(visitorIds.length ? [eb("visitor_id", "in", visitorIds)] : []),
      ...(personId ? [eb("person_id", "=", personId)] : []),
      ...(conversationIds.length ? [eb("conversation_id", "in", conversationIds)] : []),
    ]);
  const meetings = await trx
    .selectFrom("meetings")
    .select(["id", "visitor_email"])
    .where("site_id", "=", siteId)
    .where(meetingWhere)
    .execute();
  for (const m of meetings) if (m.visitor_email) emails.add(m.visitor_email.toLowerCase());

  const inConversations = async (table: "messages" | "conversation_notes" | "live_chats") => {
    if (conversationIds.length === 0) return 0;
    const row = await trx
      .selectFrom(table)
      .select(trx.fn.countAll<number>().as("n"))
      .where("conversation_id", "in", conversationIds)
      .executeTakeFirst();
    return count(row);
  };
  const counts: ErasureCounts = {
    ...NO_ERASURE_COUNTS,
    visitors: visitors.length,
    conversations: conversations.length,
    messages: await inConversations("messages"),
    notes: await inConversations("conversation_notes"),
    liveChats: await inConversations("live_chats"),
    meetingsAnonymised: meetings.length,
  };

  counts.eventsAnonymised = await anonymiseEvents(trx, {
    siteId,
    personId,
    visitorIds,
    conversations: conversations.map((c) => ({ id: c.id, visitorId: c.visitor_id })),
  });
  counts.webhookDeliveries = await eraseWebhookData(trx, {
    siteId,
    personId,
    visitorIds,
    conversationIds,
    emails: [...emails],
  });

  counts.calendarEvents = await queueCalendarErasures(
    trx,
    siteId,
    meetings.map((m) => m.id),
  );
  if (meetings.length)
    await trx
      .updateTable("meetings")
      .set({
        person_id: null,
        visitor_id: null,
        visitor_email: null,
        visitor_name: null,
        conversation_id: null,
        cancel_reason: null,
        updated_at: nowIso(),
      })
      .where("site_id", "=", siteId)
      .where(
        "id",
        "in",
        meetings.map((m) => m.id),
      )
      .execute();

  const activityTargets = [
    ...(visitorIds.length ? [{ column: "visitor_id" as const, ids: visitorIds }] : []),
    ...(personId ? [{ column: "person_id" as const, ids: [personId] }] : []),
  ];
  for (const { column, ids } of activityTargets) {
    const result = await trx
      .deleteFrom("activities")
      .where("site_id", "=", siteId)
      .where(column, "in", ids)
      .executeTakeFirst();
    counts.activities += Number(result.numDeletedRows);
  }
  if (visitorIds.length) {
    const result = await trx
      .deleteFrom("page_views")
      .where("site_id", "=", siteId)
      .where("visitor_id", "in", visitorIds)
      .executeTakeFirst();
    counts.pageViews = Number(result.numDeletedRows);
  }

  counts.mails = await eraseOutboxMail(trx, siteId, [...emails], (ids) => dropQueuedJobsAbout(trx, ids));
  await dropQueuedJobsAbout(trx, [...(personId ? [personId] : []), ...visitorIds, ...conversationIds]);

  // Cascades take messages, notes, live chats, offers, routing logs, participants and meeting offers.
  if (conversationIds.length)
    await trx
      .deleteFrom("conversations")
      .where("site_id", "=", siteId)
      .where("id", "in", conversationIds)
      .execute();
  if (visitorIds.length)
    await trx.deleteFrom("visitors").where("site_id", "=", siteId).where("id", "in", visitorIds).execute();
  if (personId) {
    const result = await trx
      .deleteFrom("people")
      .where("site_id", "=", siteId)
      .where("id", "=", personId)
      .executeTakeFirst();
    counts.people = Number(result.numDeletedRows);
  }
  return { counts, visitorIds };
}

/** Queued jobs whose payload names one of these ids (a mail to send, a chat's timeout …) would act on nothing. */
async function dropQueuedJobsAbout(trx: Kysely<Database>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const queued = await trx
    .selectFrom("jobs")
    .select(["id", "payload"])
    .where("status", "=", "queued")
    .where("payload", "!=", "{}")
    .execute();
  const doomed = queued.filter((job) => ids.some((id) => job.payload.includes(id))).map((job) => job.id);
  for (let i = 0; i < doomed.length; i += 500)
    await trx
      .deleteFrom("jobs")
      .where("id", "in", doomed.slice(i, i + 500))
      .execute();
}
