import type { Meeting, UpdateMeetingBody } from "@parley/protocol/meetings";
import type { z } from "zod";
import type { AppContext } from "../../api/context";
import { AppError, conflict, forbidden, notFound } from "../../errors";
import { clock, nowIso } from "../../lib/clock";
import type { Actor } from "../auth/actor";
import { canReachSite } from "../auth/policies";
import { announceMeeting } from "./announceMeeting";
import { cancelMeeting } from "./cancelMeeting";
import { lockMeeting } from "./lockMeeting";
import { actingUserId, seesAllMeetings } from "./meetingVisibility";
import { presentMeeting, selectMeetings } from "./presentMeeting";
import { emitMeetingEvent } from "../webhooks/meetingWebhookEvent";

/**
 * An agent changes a meeting: marks a no-show (only once it has started) or undoes one, or cancels
 * it (the visitor is mailed, as when they cancel). Its host may change their own meetings, a meeting
 * manager any of the sites they reach; both checked under the host's lock, in the transaction that writes.
 */
export async function setMeetingStatus(
  ctx: AppContext,
  actor: Actor,
  meetingId: string,
  body: z.infer<typeof UpdateMeetingBody>,
): Promise<Meeting> {
  const now = clock().now();
  await ctx.store.db.transaction().execute(async (trx) => {
    const meeting = await lockMeeting(trx, ctx.store.kind, meetingId);
    const own = meeting.user_id === actingUserId(actor);
    if (!canReachSite(actor, meeting.site_id) || !(own || seesAllMeetings(actor))) throw notFound("Meeting");
    if (!actor.permissions.has("meetings.manage") && !(own && actor.permissions.has("meetings.host")))
      throw forbidden("Only the meeting's host or a meeting manager can change it");
    if (meeting.status === "cancelled") {
      if (body.status === "cancelled") return;
      throw conflict("This meeting is cancelled; book a new one instead", { reason: "cancelled" });
    }
    if (body.status === "cancelled") {
      if (Date.parse(meeting.ends_at) <= now)
        throw conflict("This meeting has already taken place; mark it a no-show instead", { reason: "past" });
      await cancelMeeting(trx, meeting, body.reason ?? null);
      return;
    }
    if (body.status === "no_show" && Date.parse(meeting.starts_at) > now)
      throw new AppError("validation_failed", "A meeting can be marked a no-show only once it has started", [
        { path: "/status", message: "status no_show needs a meeting that has started" },
      ]);
    if (meeting.status === body.status) return;
    await trx
      .updateTable("meetings")
      .set({ status: body.status, updated_at: nowIso() })
      .where("id", "=", meeting.id)
      .execute();
    if (body.status === "no_show") await emitMeetingEvent(trx, meeting.id, "meeting.no_show");
  });
  ctx.jobs.poke();
  await announceMeeting(ctx, meetingId);
  const row = await selectMeetings(ctx.store.db)
    .where("meetings.id", "=", meetingId)
    .executeTakeFirstOrThrow();
  return presentMeeting(row, clock().now());
}
