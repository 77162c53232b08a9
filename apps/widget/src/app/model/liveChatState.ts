import type { AgentRef, EndReason, LiveChatStatus, LiveChatVisitorStatus } from "@parley/protocol/liveChat";
import { asBot, asSystem, type ConversationMessage, type ConversationRecord } from "./types";

/**
 * The visitor's live chat as the widget shows it, kept with the conversation (so a reload shows it at
 * once). Built from two streams that may overtake each other: the transcript (the card, system
 * notices, the fallback message; bot messages wait for the response delay) and `livechat.status`
 * events (immediate; the only source of the queue position).
 */
export interface LiveChatState {
  /** Which chat of the conversation (writing after the end starts the next): API events fire once per round. */
  n: number;
  chat: string | null;
  status: LiveChatStatus;
  agent: AgentRef | null;
  position: number | null;
  wait: number | null;
  reason: EndReason | null;
  /** The conversation's seq when this round began: a bot message after it means the flow went on. */
  from: number;
  /** The seq of this round's Live chat card message, once it arrived. */
  card?: number;
  /** The agent has read the visitor's messages up to this seq. */
  read: number;
}

type State = LiveChatState | undefined;
const done = (lc: LiveChatState) => lc.status === "ended" || lc.status === "fallback";

const begin = (lc: State, from: number, chat: string | null): LiveChatState => ({
  n: (lc?.n ?? 0) + 1,
  chat,
  status: "routing",
  agent: null,
  position: null,
  wait: null,
  reason: null,
  from,
  read: 0,
});

/** The state after one message of the transcript (in seq order). */
export function afterMessage(lc: State, m: ConversationMessage): State {
  const bot = asBot(m);
  if (bot?.type === "liveChat") {
    // A status that overtook the card already began this round.
    if (lc && (lc.card === m.seq || (lc.card === undefined && !done(lc))))
      return { ...lc, card: m.seq, from: m.seq - 1 };
    return { ...begin(lc, m.seq - 1, null), card: m.seq };
  }
  if (!lc) return lc;
  if (bot?.type === "liveChatUnavailable") return { ...lc, status: "fallback", position: null };
  const notice = asSystem(m);
  if (!notice) return lc;
  const agent = notice.agent ?? lc.agent;
  switch (notice.event) {
    case "assigned":
    case "transferred":
      return done(lc) ? lc : { ...lc, status: "assigned", agent, position: null, wait: null };
    case "queued":
      // A (live) status may be past the queue already: the notice is older news.
      return lc.status === "routing" || lc.status === "offered" ? { ...lc, status: "queued" } : lc;
    case "requeued":
      return done(lc) ? lc : { ...lc, status: "queued", agent: null };
    case "ended":
      return notice.reason === "fallback"
        ? { ...lc, status: "fallback" }
        : { ...lc, status: "ended", agent, reason: notice.reason ?? null, position: null };
  }
  return lc;
}

/** The state after a `livechat.status` event (or the status a resume answer carries); `seq`: the conversation's now. */
export function afterStatus(lc: State, s: LiveChatVisitorStatus, seq: number): LiveChatState {
  const status = s.status === "ended" && s.endReason === "fallback" ? "fallback" : s.status;
  // The same chat, or the first word of the chat whose card is here (a finished round's own end).
  const same = lc && (lc.chat === s.chatId || (lc.chat === null && (!done(lc) || lc.status === status)));
  const base = same ? lc : begin(lc, seq, s.chatId);
  return {
    ...base,
    chat: s.chatId,
    status,
    agent: s.agent ?? (status === "assigned" || status === "ended" ? base.agent : null),
    position: s.position,
    wait: s.estimatedWaitSeconds,
    reason: s.endReason,
    read: Math.max(base.read, s.readSeq ?? 0),
  };
}

/**
 * The composer is the chat's (free typing) rather than the bot's: a chat is waiting, running, or
 * ended (writing again starts a new one) and no bot message followed it (the fallback, or the flow
 * going on after the chat, gives the bot back the word).
 */
export function chatting(record: ConversationRecord): boolean {
  const lc = record.lc;
  if (!lc || lc.status === "fallback") return false;
  return !record.messages.some((m) => {
    const bot = asBot(m);
    return m.seq > lc.from && !!bot && bot.type !== "liveChat";
  });
}
