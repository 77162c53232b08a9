import { Availability } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import { notFound } from "../../errors";
import type { DbKind } from "../../store/db";
import type { Database, MeetingTable } from "../../store/schema";
import { lockHost } from "./lockHost";

// Only for a host whose availability row is gone: the lock's row then offers no time at all.
const NO_TIME = Availability.parse({ timeZone: "UTC", schedule: { blocks: [] } });

/**
 * A meeting read again after its host's lock (lockHost) is held: every change of it — reschedule,
 * cancellation, no-show — sees the latest row and cannot interleave with a booking or another change.
 */
export async function lockMeeting(
  trx: Kysely<Database>,
  kind: DbKind,
  meetingId: string,
): Promise<MeetingTable> {
  const read = () => trx.selectFrom("meetings").selectAll().where("id", "=", meetingId).executeTakeFirst();
  const first = await read();
  if (!first) throw notFound("Meeting");
  await lockHost(trx, kind, first.user_id, NO_TIME);
  const locked = await read();
  if (!locked) throw notFound("Meeting");
  return locked;
}
