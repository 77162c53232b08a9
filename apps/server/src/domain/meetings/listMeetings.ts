import type { MeetingList, MeetingListQuery, MeetingStatus } from "@parley/protocol/meetings";
import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import { AppError } from "../../errors";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { actingUserId, seesAllMeetings } from "./meetingVisibility";
import { readSeekPage } from "../people/readSeekPage";
import { presentMeeting, selectMeetings } from "./presentMeeting";

/** What narrows the list (paging and order aside): the list and its CSV take the same. */
export type MeetingFilters = Omit<MeetingListQuery, "limit" | "offset" | "sort" | "order" | "cursor">;
type Query = ReturnType<typeof selectMeetings>;
type Eb = ExpressionBuilder<Database, "meetings" | "users" | "dialogues">;

/** The shown status (presentMeeting's meetingStatus) as a condition on the stored one and the time now. */
function statusCondition(eb: Eb, status: MeetingStatus, now: string) {
  switch (status) {
    case "cancelled":
    case "no_show":
      return eb("meetings.status", "=", status);
    case "happened":
      return eb.and([eb("meetings.status", "=", "scheduled"), eb("meetings.ends_at", "<=", now)]);
    case "upcoming":
    case "rescheduled":
      return eb.and([
        eb("meetings.status", "=", "scheduled"),
        eb("meetings.ends_at", ">", now),
        eb("meetings.reschedule_count", status === "upcoming" ? "=" : ">", 0),
      ]);
  }
}

const iso = (instant: string) => new Date(Date.parse(instant)).toISOString();
// LIKE's wildcards in what someone typed match themselves.
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The site's meetings the actor may see (a host without meetings.manage or conversations.view_all:
 * only their own), filtered. `now`: the instant the shown statuses are computed at.
 */
export function filteredMeetings(
  db: Kysely<Database>,
  actor: Actor,
  siteId: string,
  filters: MeetingFilters,
  now: number,
): Query {
  const at = new Date(now).toISOString();
  let query = selectMeetings(db).where("meetings.site_id", "=", siteId);
  if (!seesAllMeetings(actor)) query = query.where("meetings.user_id", "=", actingUserId(actor));
  if (filters.status) {
    const status = filters.status;
    query = query.where((eb) => statusCondition(eb, status, at));
  }
  if (filters.agentId) query = query.where("meetings.user_id", "=", filters.agentId);
  if (filters.dialogueId) query = query.where("meetings.dialogue_id", "=", filters.dialogueId);
  if (filters.from) query = query.where("meetings.starts_at", ">=", iso(filters.from));
  if (filters.to) query = query.where("meetings.starts_at", "<", iso(filters.to));
  const q = filters.q?.trim();
  if (q) {
    const pattern = likePattern(q);
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(meetings.visitor_email)`, "like", sql`${pattern} escape '\\'`),
        eb(sql`lower(meetings.visitor_name)`, "like", sql`${pattern} escape '\\'`),
      ]),
    );
  }
  return query;
}

/**
 * Upcoming first: meetings not over yet (one in progress too), soonest first, then the past ones,
 * latest first — an agent's next meetings lead, and history reads backwards below them.
 */
export function inListOrder(query: Query, now: number): Query {
  const at = new Date(now).toISOString();
  return query
    .orderBy(sql`case when meetings.ends_at > ${at} then 0 else 1 end`)
    .orderBy(sql`case when meetings.ends_at > ${at} then meetings.starts_at end`, "asc")
    .orderBy(sql`case when meetings.ends_at <= ${at} then meetings.starts_at end`, "desc")
    .orderBy("meetings.id");
}

export async function listMeetings(
  db: Kysely<Database>,
  actor: Actor,
  siteId: string,
  query: MeetingListQuery,
  now: number,
): Promise<MeetingList> {
  const filtered = filteredMeetings(db, actor, siteId, query, now);
  const counted = await filtered
    .clearSelect()
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirst();
  const total = Number(counted?.n ?? 0);
  if (query.sort === "start") {
    const { page, nextCursor } = await readSeekPage(filtered, {
      key: sql.ref("meetings.starts_at"),
      id: sql.ref("meetings.id"),
      sort: "start",
      order: query.order,
      limit: query.limit,
      cursor: query.cursor,
      keyOf: (row) => row.starts_at,
    });
    return { items: page.map((row) => presentMeeting(row, now)), total, nextCursor };
  }
  if (query.cursor) {
    const message =
      "A cursor pages the meetings by start time: add sort=start (or page the list with offset)";
    throw new AppError("validation_failed", message, [{ path: "/cursor", message }]);
  }
  const rows = await inListOrder(filtered, now).limit(query.limit).offset(query.offset).execute();
  return { items: rows.map((row) => presentMeeting(row, now)), total, nextCursor: null };
}
