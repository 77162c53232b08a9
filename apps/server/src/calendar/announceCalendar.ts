import type { CalendarConnection } from "@parley/protocol/meetings";
import type { AppContext } from "../api/context";

/** Tells the connection's owner (their `user:` channel, every node) that it changed or was removed. */
export async function announceCalendar(
  ctx: Pick<AppContext, "bus">,
  connection: CalendarConnection,
  removed = false,
): Promise<void> {
  await ctx.bus.publish({
    channel: `user:${connection.userId}`,
    name: "calendar.updated",
    data: { ...connection, removed },
  });
}
