import type { Bus } from "../../bus/bus";
import { clock } from "../../lib/clock";
import type { Store } from "../../store/db";
import { presentMeeting, selectMeetings } from "./presentMeeting";

/** After the commit that booked, moved, cancelled or marked a meeting: the site's meetings lists. */
export async function announceMeeting(ctx: { store: Store; bus: Bus }, meetingId: string): Promise<void> {
  const row = await selectMeetings(ctx.store.db).where("meetings.id", "=", meetingId).executeTakeFirst();
  if (!row) return;
  await ctx.bus.publish({
    channel: `site:${row.site_id}`,
    name: "meeting.updated",
    data: presentMeeting(row, clock().now()),
  });
}
