import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { filteredMeetings, inListOrder, type MeetingFilters } from "./listMeetings";
import { meetingStatus } from "./presentMeeting";
import { csvCell } from "../../lib/csv";

export const MEETINGS_CSV_COLUMNS = [
  "visitor email",
  "visitor name",
  "agent",
  "agent email",
  "dialogue",
  "start",
  "end",
  "status",
  "source",
  "created",
] as const;

const PAGE = 500;

/**
 * The meetings list as CSV, with the list's filters and visibility, read a page at a time: a header
 * row, then one row per meeting (times in UTC ISO 8601, the shown status), lines ending CRLF.
 */
export async function* meetingsCsv(
  db: Kysely<Database>,
  actor: Actor,
  siteId: string,
  filters: MeetingFilters,
  now: number,
): AsyncGenerator<string> {
  yield `${MEETINGS_CSV_COLUMNS.map(csvCell).join(",")}\r\n`;
  const query = inListOrder(filteredMeetings(db, actor, siteId, filters, now), now);
  for (let offset = 0; ; offset += PAGE) {
    const rows = await query.limit(PAGE).offset(offset).execute();
    if (rows.length > 0)
      yield rows
        .map(
          (row) =>
            [
              row.visitor_email,
              row.visitor_name,
              row.agent_name,
              row.agent_email,
              row.dialogue_name,
              row.starts_at,
              row.ends_at,
              meetingStatus(row, now),
              row.source,
              row.created_at,
            ]
              .map(csvCell)
              .join(",") + "\r\n",
        )
        .join("");
    if (rows.length < PAGE) return;
  }
}
