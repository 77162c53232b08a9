import type { ReportCell, ReportColumn } from "@parley/protocol/reports";
import { meetingStatus, selectMeetings } from "../meetings/presentMeeting";
import type { MeetingTable } from "../../store/schema";
import { rate } from "./dialogueMetrics";
import { cardsOf, column } from "./reportCells";
import { knownWanted, type ReportBody, type ReportInput } from "./reportInput";
import { localDay } from "../../lib/instant";

/** Where a meeting was booked, as the report names it. */
export const MEETING_SOURCES: Record<MeetingTable["source"], string> = {
  card: "Meeting card",
  liveChatFallback: "Live chat fallback",
  shared: "Shared link",
};

/** What each row of the report counts, over the meetings booked in the range (docs/reports-agents.md). */
class MeetingCounts {
  booked = 0;
  upcoming = 0;
  happened = 0;
  cancelled = 0;
  noShows = 0;
  rescheduled = 0;
  card = 0;
  liveChatFallback = 0;
  shared = 0;

  add(row: Pick<MeetingTable, "status" | "ends_at" | "reschedule_count" | "source">, nowMs: number): void {
    this.booked += 1;
    this[row.source] += 1;
    if (row.reschedule_count > 0) this.rescheduled += 1;
    const status = meetingStatus(row, nowMs);
    if (status === "upcoming" || status === "rescheduled") this.upcoming += 1;
    else if (status === "happened") this.happened += 1;
    else if (status === "cancelled") this.cancelled += 1;
    else this.noShows += 1;
  }

  /** No-shows ÷ the meetings that were due: not cancelled, and over (happened) or marked a no-show. */
  get noShowRate(): number | null {
    return rate(this.noShows, this.happened + this.noShows);
  }

  cells(): Record<string, ReportCell> {
    return {
      booked: this.booked,
      upcoming: this.upcoming,
      happened: this.happened,
      cancelled: this.cancelled,
      noShows: this.noShows,
      rescheduled: this.rescheduled,
      noShowRate: this.noShowRate,
    };
  }
}

const COUNT_COLUMNS: ReportColumn[] = [
  column("booked", "Booked", "count"),
  column("upcoming", "Upcoming", "count"),
  column("happened", "Happened", "count"),
  column("cancelled", "Cancelled", "count"),
  column("noShows", "No-shows", "count"),
  column("rescheduled", "Rescheduled", "count"),
  column("noShowRate", "No-show rate", "rate"),
];

const SOURCE_COLUMNS: ReportColumn[] = [
  column("fromCard", MEETING_SOURCES.card, "count"),
  column("fromLiveChat", MEETING_SOURCES.liveChatFallback, "count"),
  column("fromSharedLink", MEETING_SOURCES.shared, "count"),
];

/** Groups keyed by id, in first-seen order; `make` gives a new group its label. */
class Groups<T> {
  readonly map = new Map<string, { info: T; counts: MeetingCounts }>();

  at(key: string, make: () => T): MeetingCounts {
    let group = this.map.get(key);
    if (!group) this.map.set(key, (group = { info: make(), counts: new MeetingCounts() }));
    return group.counts;
  }

  /** Most booked first, then by `name`. */
  sorted(name: (info: T) => string) {
    return [...this.map.values()].sort(
      (a, b) => b.counts.booked - a.counts.booked || name(a.info).localeCompare(name(b.info)),
    );
  }
}

/**
 * The meetings dashboard: the meetings booked in the range (by the site-local day they were booked),
 * each counted once by its status now — upcoming, happened, cancelled or no-show — and as
 * rescheduled when the visitor moved it; by host, by dialogue (and where it was booked) and by day.
 * Filters: the meeting's dialogue (its kind; the version of its conversation) and whether its
 * conversation's visitor was known when it started (`conversations.known`, as in every report).
 */
export async function meetingsReport(input: ReportInput): Promise<ReportBody> {
  const { db, siteId, range, filters, nowMs } = input;
  let query = selectMeetings(db)
    .leftJoin("conversations", "conversations.id", "meetings.conversation_id")
    .select("dialogues.kind as dialogue_kind")
    .where("meetings.site_id", "=", siteId)
    .where("meetings.created_at", ">=", range.startIso)
    .where("meetings.created_at", "<", range.endIso);
  if (filters.dialogueId) query = query.where("meetings.dialogue_id", "=", filters.dialogueId);
  if (filters.kind) query = query.where("dialogues.kind", "=", filters.kind);
  if (filters.version !== null) query = query.where("conversations.version", "=", filters.version);
  // Known as the dialogue reports decide it: the conversation's `known`, set when it started (a
  // meeting without a conversation is unknown).
  const known = knownWanted(filters.visitors);
  if (known !== null) {
    query = query.where((eb) => eb.fn.coalesce("conversations.known", eb.lit(0)), "=", known);
  }
  const rows = await query.orderBy("meetings.created_at").orderBy("meetings.id").execute();

  const all = new MeetingCounts();
  const byDay = new Map(range.days.map((day) => [day, new MeetingCounts()]));
  const byAgent = new Groups<{ agentId: string; agent: string }>();
  const byDialogue = new Groups<{ dialogueId: string | null; dialogue: string; kind: string | null }>();
  for (const row of rows) {
    all.add(row, nowMs);
    byDay.get(localDay(Date.parse(row.created_at), range.timeZone))?.add(row, nowMs);
    byAgent.at(row.user_id, () => ({ agentId: row.user_id, agent: row.agent_name })).add(row, nowMs);
    byDialogue
      .at(row.dialogue_id ?? "", () => ({
        dialogueId: row.dialogue_id,
        dialogue: row.dialogue_id ? (row.dialogue_name ?? "Deleted dialogue") : "No dialogue",
        kind: row.dialogue_kind,
      }))
      .add(row, nowMs);
  }
  const sources = (c: MeetingCounts) => ({
    fromCard: c.card,
    fromLiveChat: c.liveChatFallback,
    fromSharedLink: c.shared,
  });

  return {
    totals: cardsOf(COUNT_COLUMNS, all.cells()),
    tables: [
      {
        id: "trend",
        title: "Meetings booked by day",
        chart: "line",
        columns: [column("day", "Day", "date"), ...COUNT_COLUMNS],
        rows: [...byDay].map(([day, c]) => ({ day, ...c.cells() })),
        notes: [`Days in ${range.timeZone}; each meeting on the day it was booked, with its status now.`],
      },
      {
        id: "byAgent",
        title: "Meetings by agent",
        chart: "bar",
        columns: [column("agentId", "Agent id", "id"), column("agent", "Agent", "text"), ...COUNT_COLUMNS],
        rows: byAgent.sorted((i) => i.agent).map(({ info, counts }) => ({ ...info, ...counts.cells() })),
        notes: [],
      },
      {
        id: "byDialogue",
        title: "Meetings by dialogue",
        chart: "bar",
        columns: [
          column("dialogueId", "Dialogue id", "id"),
          column("dialogue", "Dialogue", "text"),
          column("kind", "Kind", "text"),
          ...COUNT_COLUMNS,
          ...SOURCE_COLUMNS,
        ],
        rows: byDialogue
          .sorted((i) => i.dialogue)
          .map(({ info, counts }) => ({ ...info, ...counts.cells(), ...sources(counts) })),
        notes: [
          "A meeting counts for the dialogue of the conversation it was booked from: by its Meeting card, a Live chat card's fallback, or a booking link an agent shared in the chat.",
        ],
      },
      {
        id: "bySource",
        title: "Meetings by where they were booked",
        chart: "bar",
        columns: [column("source", "Booked from", "text"), ...COUNT_COLUMNS],
        rows: (Object.keys(MEETING_SOURCES) as MeetingTable["source"][]).map((source) => {
          const counts = new MeetingCounts();
          for (const row of rows) if (row.source === source) counts.add(row, nowMs);
          return { source: MEETING_SOURCES[source], ...counts.cells() };
        }),
        notes: [],
      },
    ],
  };
}
