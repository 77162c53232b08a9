import {
  Availability,
  type BookedMeeting,
  type BookMeetingBody,
  type MeetingOfferView,
} from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import { DateTime } from "luxon";
import type { AppContext } from "../../api/context";
import { enqueueCalendarWrite } from "../../calendar/enqueueCalendarWrite";
import { AppError, conflict, invalidField } from "../../errors";
import { clock, nowIso } from "../../lib/clock";
import { localDay } from "../../lib/instant";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { ConversationTable, Database, MeetingTable } from "../../store/schema";
import { announceActivities } from "../engine/advanceConversation";
import { applyEffect } from "../engine/applyEffect";
import { EventLog } from "../engine/recordEvent";
import { announcePersonChange } from "../people/announcePersonChange";
import type { SlotWindow } from "../availability/freeSlots";
import { blockedEmailDomain } from "../routing/blockedEmailDomain";
import { announceMeeting } from "./announceMeeting";
import { claimSlot } from "./claimSlot";
import { queueInvitations } from "./queueInvitations";
import { readMeetingSettings } from "./readMeetingSettings";
import { assertTimeZone, offerView } from "./readOfferView";
import { recordMeetingActivity } from "./recordMeetingActivity";
import { enqueueMeetingResult } from "./runMeetingResult";
import { visitorOffer } from "./visitorOffer";
import { emitMeetingEvent } from "../webhooks/meetingWebhookEvent";

/** Nobody the offer routes to is free at the start (any more): answered with fresh slots. */
class SlotTaken extends Error {}

/** PostgreSQL gave up one of two transactions waiting on each other: running it again is safe. */
const DEADLOCK = "40P01";
const ATTEMPTS = 3;
/** Local days of slots a 409 answers with, from the lost slot's day. */
const TAKEN_DAYS = 7;

/**
 * `POST /api/widget/meetings/offers/:offerId/book`, all or nothing in one transaction: the offer's
 * conversation locked and the offer re-read (still open), the email the person lacked identifying
 * them (the engine's own path, merging people as a captured email does), the slot claimed
 * (claimSlot: routing, the host's lock, the re-check), the meeting written with the offer booked,
 * the activity, the invitations, the calendar write and the card's result. Announced after the
 * commit. Lost the race: 409 slot_taken with the offer as it is now (`details.offer`).
 */
export async function bookMeeting(
  ctx: AppContext,
  offerId: string,
  body: BookMeetingBody,
): Promise<BookedMeeting> {
  assertTimeZone("timeZone", body.timeZone);
  const startMs = Date.parse(body.start);
  if (startMs % 60_000 !== 0) throw invalidField("start", "must be a whole minute");
  if (startMs <= clock().now()) throw invalidField("start", "is in the past");

  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptBooking(ctx, offerId, body, startMs);
    } catch (error) {
      if (error instanceof SlotTaken || isUniqueViolation(error))
        throw await slotTaken(ctx, offerId, body, startMs);
      if (attempt < ATTEMPTS && (error as { code?: string }).code === DEADLOCK) continue;
      throw error;
    }
  }
}

async function attemptBooking(
  ctx: AppContext,
  offerId: string,
  body: BookMeetingBody,
  startMs: number,
): Promise<BookedMeeting> {
  const { db, kind } = ctx.store;
  const log = new EventLog();
  const done = await db.transaction().execute(async (trx) => {
    const found = await visitorOffer(trx, {
      secretKey: ctx.secretKey,
      offerId,
      visitorToken: body.visitor,
      lock: kind,
    });
    const { offer } = found;
    if (offer.status !== "open")
      throw conflict(offer.status === "booked" ? "This meeting is already booked" : "This offer is closed", {
        reason: offer.status,
      });
    let conversation: ConversationTable = found.conversation;
    let email = await personEmail(trx, conversation.person_id);
    if (!email) {
      if (!body.email) throw invalidField("email", "is required to book this meeting");
      // The engine's own path for a given email: link or merge the person, the email_given activity.
      conversation = await applyEffect(
        trx,
        conversation,
        { type: "identifyByEmail", cardId: offer.card_id ?? offer.id, email: body.email },
        log,
      );
      email = body.email.trim().toLowerCase();
      if (await blockedEmailDomain(trx, offer.site_id, conversation.person_id))
        throw invalidField("email", "is from a domain that cannot book meetings here");
    }

    const claim = await claimSlot({ trx, kind, presence: ctx.presence, offer, conversation, startMs });
    if (!claim) throw new SlotTaken();
    const { host, slot } = claim;
    const settings = await readMeetingSettings(trx, offer.site_id);
    const id = newId();
    const now = nowIso();
    const meeting: MeetingTable = {
      id,
      site_id: offer.site_id,
      user_id: host.id,
      offer_id: offer.id,
      conversation_id: conversation.id,
      dialogue_id: conversation.dialogue_id,
      person_id: conversation.person_id,
      visitor_id: conversation.visitor_id,
      visitor_email: email,
      visitor_name: body.name?.trim() || (await personName(trx, conversation.person_id)),
      visitor_time_zone: body.timeZone,
      language: body.language ?? null,
      starts_at: new Date(Date.parse(slot.start)).toISOString(),
      ends_at: new Date(Date.parse(slot.end)).toISOString(),
      status: "scheduled",
      source: offer.reason,
      uid: `${id}@parley`,
      sequence: 0,
      reschedule_count: 0,
      video_url: (await hostVideoUrl(trx, host.id)) ?? settings.videoUrl,
      routing_log: toJson(claim.log),
      caldav_connection_id: null,
      caldav_href: null,
      caldav_etag: null,
      cancel_reason: null,
      cancelled_at: null,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto("meetings").values(meeting).execute();
    await trx
      .updateTable("meeting_offers")
      .set({ status: "booked", meeting_id: id, updated_at: now })
      .where("id", "=", offer.id)
      .execute();
    recordMeetingActivity(log, conversation, offer, meeting, host);
    await emitMeetingEvent(trx, id, "meeting.booked");
    const activities = await log.flush(trx, conversation.person_id);
    // Rendered by their job after the commit (the transaction holds the host's lock until then).
    await queueInvitations(trx, id, "booked");
    await enqueueCalendarWrite(trx, id);
    await enqueueMeetingResult(trx, offer, {
      booked: true,
      agent: { id: host.id, name: host.name, email: host.email },
      startsAt: meeting.starts_at,
    });
    return { meeting, host, conversation, activities };
  });

  ctx.jobs.poke();
  await announceMeeting(ctx, done.meeting.id);
  await announceActivities(ctx, done.conversation, done.activities);
  await announcePersonChange(ctx, done.conversation.person_id, log.changes);
  return {
    meetingId: done.meeting.id,
    start: done.meeting.starts_at,
    end: done.meeting.ends_at,
    agentId: done.host.id,
    agentName: done.host.name,
    timeZone: done.meeting.visitor_time_zone,
  };
}

/** The slots a visitor who lost `startMs` is shown: from their local day of it, for a week. */
export function takenSlotWindow(startMs: number, timeZone: string): SlotWindow {
  const day = DateTime.fromMillis(startMs, { zone: timeZone }).startOf("day");
  return { from: day.toMillis(), to: day.plus({ days: TAKEN_DAYS }).toMillis() };
}

/**
 * The 409 a lost race gets: the offer as it is now, so the widget shows what is still free — the
 * slots of the lost slot's day and the days after it (a week; the visitor's next pick is near the
 * one they wanted), not the whole horizon again for every visitor who lost; the whole offer when
 * nothing is free from that day on.
 */
async function slotTaken(
  ctx: AppContext,
  offerId: string,
  body: BookMeetingBody,
  startMs: number,
): Promise<AppError> {
  const { offer, conversation } = await visitorOffer(ctx.store.db, {
    secretKey: ctx.secretKey,
    offerId,
    visitorToken: body.visitor,
  });
  const window = takenSlotWindow(startMs, body.timeZone);
  let fresh: MeetingOfferView = {
    ...(await offerView(ctx.store.db, ctx.presence, offer, conversation, body.timeZone, window)),
    // The widget keeps its other days and replaces these (days without a slot left drop out).
    daysWindow: { from: localDay(window.from, body.timeZone), until: localDay(window.to, body.timeZone) },
  };
  // Nothing from that day on (a start that was never offered): the whole offer, never "no times" while some remain.
  if (fresh.status === "open" && fresh.days.length === 0)
    fresh = await offerView(ctx.store.db, ctx.presence, offer, conversation, body.timeZone);
  return new AppError("slot_taken", "That time was just taken: please pick another", { offer: fresh });
}

/** The partial unique index on (host, start) refused a second meeting: someone was faster. */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  if (e.code === "23505") return e.constraint === "meetings_host_start";
  return (
    e.code === "SQLITE_CONSTRAINT_UNIQUE" && /meetings\.user_id, meetings\.starts_at/.test(e.message ?? "")
  );
}

async function personEmail(db: Kysely<Database>, personId: string | null) {
  if (!personId) return null;
  const row = await db.selectFrom("people").select("email").where("id", "=", personId).executeTakeFirst();
  return row?.email ?? null;
}

async function personName(db: Kysely<Database>, personId: string | null) {
  if (!personId) return null;
  const row = await db
    .selectFrom("people")
    .select(["first_name", "last_name"])
    .where("id", "=", personId)
    .executeTakeFirst();
  return [row?.first_name, row?.last_name].filter(Boolean).join(" ") || null;
}

/** The host's own video link (their availability's), when they saved a valid one. */
async function hostVideoUrl(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom("meeting_availability")
    .select("settings")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  const stored = parseJson<{ videoUrl?: unknown }>(row?.settings ?? null, {});
  const parsed = Availability.shape.videoUrl.safeParse(stored.videoUrl);
  return parsed.success ? parsed.data : null;
}
