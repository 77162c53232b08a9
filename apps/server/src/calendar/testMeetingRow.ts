import type { Kysely } from "kysely";
import type { Database, MeetingTable } from "../store/schema";

/**
 * For calendar tests: a meetings row as the booking commands write it (the booking flow itself is
 * tested where it lives), on the first site, for `userId`, with `overrides`.
 */
export async function insertTestMeeting(
  db: Kysely<Database>,
  userId: string,
  overrides: Partial<MeetingTable> = {},
): Promise<MeetingTable> {
  const site = await db.selectFrom("sites").select("id").orderBy("created_at").executeTakeFirstOrThrow();
  const row: MeetingTable = {
    id: crypto.randomUUID(),
    site_id: site.id,
    user_id: userId,
    offer_id: null,
    conversation_id: null,
    dialogue_id: null,
    person_id: null,
    visitor_id: null,
    visitor_email: "vic@example.org",
    visitor_name: "Vic Visitor",
    visitor_time_zone: "America/New_York",
    language: "en",
    starts_at: "2027-03-03T15:00:00.000Z",
    ends_at: "2027-03-03T15:30:00.000Z",
    status: "scheduled",
    source: "card",
    uid: `${crypto.randomUUID()}@parley`,
    sequence: 0,
    reschedule_count: 0,
    video_url: null,
    routing_log: "[]",
    caldav_connection_id: null,
    caldav_href: null,
    caldav_etag: null,
    cancel_reason: null,
    cancelled_at: null,
    created_at: "2027-03-01T12:00:00.000Z",
    updated_at: "2027-03-01T12:00:00.000Z",
    ...overrides,
  };
  await db.insertInto("meetings").values(row).execute();
  return row;
}
