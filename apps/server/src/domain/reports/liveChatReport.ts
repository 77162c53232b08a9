import type { ReportCell, ReportColumn } from "@parley/protocol/reports";
import type { ExpressionBuilder } from "kysely";
import type { Database, LiveChatTable } from "../../store/schema";
import { rate } from "./dialogueMetrics";
import { Average, between, cardsOf, column } from "./reportCells";
import { knownWanted, type ReportBody, type ReportInput } from "./reportInput";
import { localDay } from "../../lib/instant";

type ChatRow = Pick<LiveChatTable, "id" | "status" | "requested_at" | "assigned_at" | "ended_at"> & {
  first_agent_at: string | null;
};

const WAITING: readonly LiveChatTable["status"][] = ["routing", "offered", "queued"];

/** What each row of the report counts, over the chats requested in the range (docs/reports-agents.md). */
class ChatCounts {
  requested = 0;
  connected = 0;
  missed = 0;
  waiting = 0;
  transferred = 0;
  readonly queue = new Average();
  readonly length = new Average();
  readonly firstResponse = new Average();

  /** A chat; the clocks start when the visitor asked (queue) or an agent got it (length, first response). */
  add(chat: ChatRow, transferred: boolean): void {
    this.requested += 1;
    if (transferred) this.transferred += 1;
    if (!chat.assigned_at) {
      if (WAITING.includes(chat.status)) this.waiting += 1;
      else this.missed += 1;
      return;
    }
    this.connected += 1;
    this.queue.add(between(chat.requested_at, chat.assigned_at)!);
    const length = between(chat.assigned_at, chat.ended_at);
    if (length !== null) this.length.add(length);
    const first = between(chat.assigned_at, chat.first_agent_at);
    if (first !== null) this.firstResponse.add(first);
  }

  cells(): Record<string, ReportCell> {
    return {
      requested: this.requested,
      connected: this.connected,
      missed: this.missed,
      waiting: this.waiting,
      transferred: this.transferred,
      connectionRate: rate(this.connected, this.requested),
      avgQueueSeconds: this.queue.seconds,
      avgChatSeconds: this.length.seconds,
      avgFirstResponseSeconds: this.firstResponse.seconds,
    };
  }
}

const CHAT_COLUMNS: ReportColumn[] = [
  column("requested", "Requested", "count"),
  column("connected", "Connected", "count"),
  column("missed", "Missed", "count"),
  column("waiting", "Waiting", "count"),
  column("transferred", "Transferred", "count"),
  column("connectionRate", "Connection rate", "rate"),
  column("avgQueueSeconds", "Average queue time (s)", "seconds"),
  column("avgChatSeconds", "Average chat length (s)", "seconds"),
  column("avgFirstResponseSeconds", "Average first response (s)", "seconds"),
];

/** By agent: the chats they connected (their clocks), and what became of the offers they got. */
const AGENT_COLUMNS: ReportColumn[] = [
  column("agentId", "Agent id", "id"),
  column("agent", "Agent", "text"),
  column("offers", "Offers", "count"),
  column("connected", "Connected", "count"),
  column("transfersIn", "Transfers taken", "count"),
  column("declined", "Declined", "count"),
  column("timedOut", "Timed out", "count"),
  column("avgQueueSeconds", "Average queue time (s)", "seconds"),
  column("endedChats", "Ended chats", "count"),
  column("avgChatSeconds", "Average chat length (s)", "seconds"),
  column("answeredChats", "Answered chats", "count"),
  column("avgFirstResponseSeconds", "Average first response (s)", "seconds"),
];

class AgentCounts {
  offers = 0;
  transfersIn = 0;
  declined = 0;
  timedOut = 0;
  readonly chats = new ChatCounts();

  cells(): Record<string, ReportCell> {
    return {
      offers: this.offers,
      connected: this.chats.connected,
      transfersIn: this.transfersIn,
      declined: this.declined,
      timedOut: this.timedOut,
      avgQueueSeconds: this.chats.queue.seconds,
      endedChats: this.chats.length.count,
      avgChatSeconds: this.chats.length.seconds,
      answeredChats: this.chats.firstResponse.count,
      avgFirstResponseSeconds: this.chats.firstResponse.seconds,
    };
  }
}

/**
 * When an agent first wrote in the chat (between its acceptance and its end): the first response the
 * report counts. A transcript purge notes it on the chat before the messages go (docs/retention.md).
 */
export function firstAgentMessageAt(eb: ExpressionBuilder<Database, "live_chats">) {
  return eb
    .selectFrom("messages")
    .select((m) => m.fn.min("messages.created_at").as("at"))
    .whereRef("messages.conversation_id", "=", "live_chats.conversation_id")
    .where("messages.author", "=", "agent")
    .whereRef("messages.created_at", ">=", "live_chats.assigned_at")
    .where((m) =>
      m.or([
        m("live_chats.ended_at", "is", null),
        m("messages.created_at", "<=", m.ref("live_chats.ended_at")),
      ]),
    );
}

/** The site's chats requested in the range whose conversation passes the filters. */
function chatsInRange({ db, siteId, range, filters }: ReportInput) {
  let query = db
    .selectFrom("live_chats")
    .innerJoin("conversations", "conversations.id", "live_chats.conversation_id")
    .where("live_chats.site_id", "=", siteId)
    .where("live_chats.requested_at", ">=", range.startIso)
    .where("live_chats.requested_at", "<", range.endIso);
  if (filters.dialogueId) query = query.where("conversations.dialogue_id", "=", filters.dialogueId);
  if (filters.kind) query = query.where("conversations.kind", "=", filters.kind);
  if (filters.version !== null) query = query.where("conversations.version", "=", filters.version);
  // Known as the dialogue reports decide it: when the conversation started (`conversations.known`).
  const known = knownWanted(filters.visitors);
  if (known !== null) query = query.where("conversations.known", "=", known);
  return query;
}

/**
 * The live-chat dashboard: the chats requested in the range (a Live chat card handed the visitor
 * over; by the site-local day it did), connected or missed, and the agents' clocks. No clock
 * includes the bot: queue time runs from the hand-over to the agent's acceptance, chat length from
 * the acceptance to the end, first response from the acceptance to the first message an agent
 * wrote; bot and system messages never count. A transfer keeps the chat's clocks running: the chat
 * (and its numbers) stays with the agent who connected it, the transfer counts for the one who took it.
 */
export async function liveChatReport(input: ReportInput): Promise<ReportBody> {
  const { db, range } = input;
  const chats: ChatRow[] = await chatsInRange(input)
    .select([
      "live_chats.id",
      "live_chats.status",
      "live_chats.requested_at",
      "live_chats.assigned_at",
      "live_chats.ended_at",
    ])
    // Noted on the chat when a transcript purge removed its messages (docs/retention.md), else read from them.
    .select((eb) =>
      eb.fn.coalesce("live_chats.first_response_at", firstAgentMessageAt(eb)).as("first_agent_at"),
    )
    .orderBy("live_chats.requested_at")
    .orderBy("live_chats.id")
    .execute();
  const offers = await chatsInRange(input)
    .innerJoin("chat_offers", "chat_offers.chat_id", "live_chats.id")
    .select(["chat_offers.chat_id", "chat_offers.agent_id", "chat_offers.status", "chat_offers.origin"])
    .execute();

  const agents = new Map<string, AgentCounts>();
  const agentOf = (id: string) => {
    let counts = agents.get(id);
    if (!counts) agents.set(id, (counts = new AgentCounts()));
    return counts;
  };
  const connector = new Map<string, string>();
  const transferred = new Set<string>();
  for (const offer of offers) {
    const agent = agentOf(offer.agent_id);
    agent.offers += 1;
    if (offer.status === "declined") agent.declined += 1;
    if (offer.status === "timed_out") agent.timedOut += 1;
    if (offer.status !== "accepted") continue;
    if (offer.origin === "transfer") {
      agent.transfersIn += 1;
      transferred.add(offer.chat_id);
    } else connector.set(offer.chat_id, offer.agent_id);
  }

  const all = new ChatCounts();
  const byDay = new Map(range.days.map((day) => [day, new ChatCounts()]));
  for (const chat of chats) {
    const moved = transferred.has(chat.id);
    all.add(chat, moved);
    byDay.get(localDay(Date.parse(chat.requested_at), range.timeZone))?.add(chat, moved);
    const agentId = connector.get(chat.id);
    if (agentId && chat.assigned_at) agentOf(agentId).chats.add(chat, moved);
  }

  const names = agents.size
    ? await db
        .selectFrom("users")
        .select(["id", "name"])
        .where("id", "in", [...agents.keys()])
        .execute()
    : [];
  const nameOf = new Map(names.map((u) => [u.id, u.name]));
  const agentRows = [...agents]
    .map(([agentId, counts]) => ({ agentId, agent: nameOf.get(agentId) ?? "Deleted user", counts }))
    .sort(
      (a, b) =>
        b.counts.chats.connected - a.counts.chats.connected ||
        b.counts.offers - a.counts.offers ||
        a.agent.localeCompare(b.agent),
    );

  return {
    totals: cardsOf(CHAT_COLUMNS, all.cells()),
    tables: [
      {
        id: "trend",
        title: "Live chats by day",
        chart: "line",
        columns: [column("day", "Day", "date"), ...CHAT_COLUMNS],
        rows: [...byDay].map(([day, c]) => ({ day, ...c.cells() })),
        notes: [`Days in ${range.timeZone}; each chat on the day the visitor asked for an agent.`],
      },
      {
        id: "byAgent",
        title: "Live chats by agent",
        chart: "bar",
        columns: AGENT_COLUMNS,
        rows: agentRows.map(({ agentId, agent, counts }) => ({ agentId, agent, ...counts.cells() })),
        notes: [
          "A chat's times count for the agent who connected it, also when it was transferred later; bot time never counts.",
        ],
      },
    ],
  };
}
