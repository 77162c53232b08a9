import type { ManagedMeeting } from "@parley/protocol/meetings";
import { IANAZone } from "luxon";
import type { AppContext } from "../../api/context";
import { enqueueCalendarWrite } from "../../calendar/enqueueCalendarWrite";
import { AppError, badRequest, invalidField } from "../../errors";
import { clock, nowIso } from "../../lib/clock";
import { freeSlots } from "../availability/freeSlots";
import { announceMeeting } from "./announceMeeting";
import { slotAt } from "./hostSlots";
import { lockMeeting } from "./lockMeeting";
import { verifyManageToken } from "./manageToken";
import { queueInvitations } from "./queueInvitations";
import { changeRefusal, readManagedMeeting } from "./readManagedMeeting";
import { readMeetingSettings } from "./readMeetingSettings";
import { emitMeetingEvent } from "../webhooks/meetingWebhookEvent";

/**
 * The visitor moves their meeting through their link: in one transaction under the host's lock the
 * new start is checked free (this meeting's own time counting as free), the meeting moves (SEQUENCE
 * and reschedule count raised), both parties get an updated invitation and the host's calendar is
 * updated. A start someone else took meanwhile: 409 `slot_taken` with the page's fresh slots (`details.meeting`).
 */
export async function rescheduleMeeting(
  ctx: AppContext,
  input: { token: string; start: string; timeZone: string },
): Promise<ManagedMeeting> {
  if (!IANAZone.isValidZone(input.timeZone))
    throw invalidField("timeZone", "is not a time zone such as Europe/Paris");
  const now = clock().now();
  const meetingId = verifyManageToken(ctx.secretKey, input.token, now);
  const start = Date.parse(input.start);
  const taken = await ctx.store.db.transaction().execute(async (trx) => {
    const meeting = await lockMeeting(trx, ctx.store.kind, meetingId);
    const settings = await readMeetingSettings(trx, meeting.site_id);
    const refusal = changeRefusal(meeting, settings.manageCutoffHours, now);
    if (refusal) throw refusal;
    if (start === Date.parse(meeting.starts_at))
      throw badRequest("The meeting already starts then; pick another time", [
        { path: "/start", message: "start is the meeting's current time" },
      ]);
    // Only the start matters: the window reads just it, this meeting's own time counting as free.
    const slots = await freeSlots(trx, [meeting.user_id], now, { from: start, to: start + 1 }, meeting.id);
    const slot = slotAt(slots.get(meeting.user_id), start);
    if (!slot) return true;
    const at = nowIso();
    await trx
      .updateTable("meetings")
      .set({
        starts_at: new Date(Date.parse(slot.start)).toISOString(),
        ends_at: new Date(Date.parse(slot.end)).toISOString(),
        visitor_time_zone: input.timeZone,
        sequence: meeting.sequence + 1,
        reschedule_count: meeting.reschedule_count + 1,
        updated_at: at,
      })
      .where("id", "=", meeting.id)
      .execute();
    await emitMeetingEvent(trx, meeting.id, "meeting.rescheduled");
    await queueInvitations(trx, meeting.id, "rescheduled");
    await enqueueCalendarWrite(trx, meeting.id);
    return false;
  });
  const fresh = () =>
    readManagedMeeting(ctx.store.db, ctx.secretKey, input.token, input.timeZone, clock().now());
  if (taken) {
    throw new AppError("slot_taken", "That time was just taken: please pick another", {
      meeting: await fresh(),
    });
  }
  ctx.jobs.poke();
  await announceMeeting(ctx, meetingId);
  return fresh();
}
