import type { ManagedMeeting } from "@parley/protocol/meetings";
import type { AppContext } from "../../api/context";
import { clock } from "../../lib/clock";
import { announceMeeting } from "./announceMeeting";
import { cancelMeeting } from "./cancelMeeting";
import { lockMeeting } from "./lockMeeting";
import { verifyManageToken } from "./manageToken";
import { changeRefusal, readManagedMeeting } from "./readManagedMeeting";
import { readMeetingSettings } from "./readMeetingSettings";

/**
 * The visitor cancels through their link (before the site's cutoff): both parties get a
 * METHOD:CANCEL invitation and the host's calendar loses the event. A cancelled meeting, a link past
 * its cutoff or a forged one changes nothing and says why.
 */
export async function cancelMeetingByLink(
  ctx: AppContext,
  input: { token: string; reason?: string },
): Promise<ManagedMeeting> {
  const now = clock().now();
  const meetingId = verifyManageToken(ctx.secretKey, input.token, now);
  await ctx.store.db.transaction().execute(async (trx) => {
    const meeting = await lockMeeting(trx, ctx.store.kind, meetingId);
    const settings = await readMeetingSettings(trx, meeting.site_id);
    const refusal = changeRefusal(meeting, settings.manageCutoffHours, now);
    if (refusal) throw refusal;
    await cancelMeeting(trx, meeting, input.reason ?? null);
  });
  ctx.jobs.poke();
  await announceMeeting(ctx, meetingId);
  return readManagedMeeting(ctx.store.db, ctx.secretKey, input.token, null, clock().now());
}
