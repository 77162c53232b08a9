import { Availability } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import { nowIso } from "../lib/clock";
import { newId } from "../lib/ids";
import { toJson } from "../lib/json";
import type { Database, MeetingTable } from "../store/schema";
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
