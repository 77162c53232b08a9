import { Availability } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import { nowIso } from "../lib/clock";
import { newId } from "../lib/ids";
import { toJson } from "../lib/json";
import type { CalendarConnectionTable, Database, MeetingTable } from "../store/schema";
import type { ApiClient } from "./apiClient";
import { buildUser } from "./factories";
import type { TestServer } from "./testServer";

/**
 * A calendar agent of the site with saved availability (weekdays 09:00–17:00 in `timeZone` unless
 * told otherwise, no notice), written straight to the store.
 */
export async function meetingHost(
  server: TestServer,
  admin: ApiClient,
  siteId: string,
  availability: Partial<Availability> & { timeZone: string },
  role = "calendar_agent",
) {
  const user = await buildUser(server, admin, role, { siteIds: [siteId] });
  const settings = Availability.parse({
    schedule: { blocks: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })) },
    noticeMinutes: 0,
    ...availability,
  });
  await server.parley.ctx.store.db
    .insertInto("meeting_availability")
    .values({ user_id: user.id, settings: toJson(settings), updated_at: nowIso() })
    .execute();
  const row = await server.parley.ctx.store.db
    .selectFrom("users")
    .select(["name", "email"])
    .where("id", "=", user.id)
    .executeTakeFirstOrThrow();
  return { ...user, name: row.name };
}

export type MeetingSeed = Partial<MeetingTable> &
  Pick<MeetingTable, "site_id" | "user_id" | "starts_at" | "ends_at">;

/**
 * A meeting row as a booking would write it (there is no booking here: tests of what follows one
 * start from the row). Defaults: scheduled, from a card, a fresh UID, sequence 0, visitor in UTC.
 */
export async function insertMeeting(db: Kysely<Database>, seed: MeetingSeed): Promise<MeetingTable> {
  const now = nowIso();
  const row: MeetingTable = {
    id: newId(),
    offer_id: null,
    conversation_id: null,
    dialogue_id: null,
    person_id: null,
    visitor_id: null,
    visitor_email: `visitor-${newId().slice(0, 8)}@example.org`,
    visitor_name: null,
    visitor_time_zone: "UTC",
    language: null,
    status: "scheduled",
    source: "card",
    uid: `${newId()}@parley`,
    sequence: 0,
    reschedule_count: 0,
    video_url: null,
    routing_log: "[]",
    caldav_connection_id: null,
    caldav_href: null,
    caldav_etag: null,
    cancel_reason: null,
    cancelled_at: null,
    created_at: now,
    updated_at: now,
    ...seed,
  };
  await db.insertInto("meetings").values(row).execute();
  return row;
}

export type CalendarConnectionSeed = Partial<CalendarConnectionTable> &
  Pick<CalendarConnectionTable, "user_id">;

/**
 * A calendar connection row as a sync leaves it (an ICS feed, status ok unless told), with these
 * busy intervals (UTC ISO; a uid each, fresh unless given), written straight to the store.
 */
export async function insertCalendarConnection(
  db: Kysely<Database>,
  seed: CalendarConnectionSeed,
  busy: readonly { start: string; end: string; uid?: string }[] = [],
): Promise<CalendarConnectionTable> {
  const now = nowIso();
  const id = seed.id ?? newId();
  const row: CalendarConnectionTable = {
    id,
    kind: "ics",
    name: "Work",
    url: `https://calendar.example/${id}.ics`,
    username: null,
    secret: null,
    calendar_url: null,
    write_bookings: 0,
    status: "ok",
    last_error: null,
    last_synced_at: now,
    notified_at: null,
    etag: null,
    last_modified: null,
    created_at: now,
    updated_at: now,
    ...seed,
  };
  await db.insertInto("calendar_connections").values(row).execute();
  // Chunks keep each statement under SQLite's parameter limit.
  for (let i = 0; i < busy.length; i += 150)
    await db
      .insertInto("busy_times")
      .values(
        busy.slice(i, i + 150).map((b) => ({
          id: newId(),
          connection_id: id,
          user_id: row.user_id,
          starts_at: b.start,
          ends_at: b.end,
          uid: b.uid ?? `${newId()}@calendar.example`,
        })),
      )
      .execute();
  return row;
}
