import type { Slot } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import type { Interval } from "./busyTimeline";
import { computeSlots } from "./computeSlots";
import { parseAvailability } from "./defaultAvailability";

export interface SlotWindow {
  /** Epoch ms: only starts in [from, to); the host's notice and horizon narrow it further. */
  from: number;
  to: number;
}

const DAY = 24 * 60 * 60_000;
/**
 * Rows read around the bookable range: a day's cap counts the meetings of the whole local day
 * (zones reach ±14 h), and an event ending just before a slot still pushes it away by the buffer.
 */
const MARGIN = 2 * DAY;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Every host's free slots now: availability (weekly blocks, overrides, notice, horizon, daily cap)
 * minus busy times of every calendar (plus buffer) minus scheduled meetings (plus buffer), in UTC,
 * ordered; every asked host is in the map. A host without saved availability, or deactivated, has no slots. `exceptMeetingId`: that meeting's own time counts as free
 * (a reschedule). One query per table for all hosts,
 * bounded by the window and the longest horizon; pass the transaction to re-check inside a lock.
 */
export async function freeSlots(
  db: Kysely<Database>,
  userIds: readonly string[],
  now: number,
  window?: SlotWindow,
  exceptMeetingId?: string,
): Promise<Map<string, Slot[]>> {
  const result = new Map<string, Slot[]>(userIds.map((id) => [id, []]));
  if (!userIds.length) return result;
  // A deactivated user keeps their row but can no longer be booked.
  const rows = await db
    .selectFrom("meeting_availability")
    .innerJoin("users", "users.id", "meeting_availability.user_id")
    .select(["meeting_availability.user_id", "meeting_availability.settings"])
    .where("meeting_availability.user_id", "in", userIds)
    .where("users.active", "=", 1)
    .execute();
  if (!rows.length) return result;
  const hosts = rows.map((r) => ({ userId: r.user_id, availability: parseAvailability(r.settings) }));
  const ids = hosts.map((h) => h.userId);
  const from = Math.max(now, window?.from ?? now) - MARGIN;
  const until = Math.min(
    now + Math.max(...hosts.map((h) => h.availability.horizonDays)) * DAY,
    window?.to ?? Infinity,
  );
  const to = until + MARGIN;
  if (to <= from) return result;

  const [busyRows, meetingRows] = await Promise.all([
    busyTimesQuery(db, ids, from, to).execute(),
    // Cancelled ones too: their uids say which calendar events are Parley's own copies.
    db
      .selectFrom("meetings")
      .select(["id", "user_id", "starts_at", "ends_at", "status", "uid"])
      .where("user_id", "in", ids)
      .where("starts_at", "<", iso(to))
      .where("ends_at", ">", iso(from))
      .execute(),
  ]);

  const meetings = new Map<string, Interval[]>();
  const parleyUids = new Set<string>();
  for (const m of meetingRows) {
    parleyUids.add(`${m.user_id} ${m.uid}`);
    if (m.status !== "scheduled" || m.id === exceptMeetingId) continue;
    push(meetings, m.user_id, { start: Date.parse(m.starts_at), end: Date.parse(m.ends_at) });
  }
  const busy = new Map<string, Interval[]>();
  for (const b of busyRows) {
    // A meeting Parley wrote into the host's calendar comes back as an event: the meeting row
    // alone decides (so a cancelled or moved meeting frees its old time before the next sync).
    if (b.uid !== null && parleyUids.has(`${b.user_id} ${b.uid}`)) continue;
    push(busy, b.user_id, { start: Date.parse(b.starts_at), end: Date.parse(b.ends_at) });
  }
  for (const host of hosts)
    result.set(
      host.userId,
      computeSlots({
        availability: host.availability,
        busy: busy.get(host.userId) ?? [],
        meetings: meetings.get(host.userId) ?? [],
        now,
        window,
      }),
    );
  return result;
}

/**
 * The hosts' busy times overlapping [from, to): a range scan of busy_times_user_end (0024) from the
 * first event not ended by `from`, so past events are never read.
 */
export function busyTimesQuery(db: Kysely<Database>, ids: readonly string[], from: number, to: number) {
  return db
    .selectFrom("busy_times")
    .select(["user_id", "starts_at", "ends_at", "uid"])
    .where("user_id", "in", ids)
    .where("ends_at", ">", iso(from))
    .where("starts_at", "<", iso(to));
}

function push(map: Map<string, Interval[]>, key: string, interval: Interval): void {
  const list = map.get(key);
  if (list) list.push(interval);
  else map.set(key, [interval]);
}
