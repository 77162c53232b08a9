import type { ChannelEvent } from "@parley/protocol/events";
import type { LiveChatVisitorStatus } from "@parley/protocol/liveChat";
import type { ClientFrame } from "@parley/protocol/realtime";
import { newId } from "../shared/newId";
import type { ParleyEventMap, ParleyEventName } from "../parley";
import { afterMessage, afterStatus, type LiveChatState } from "./model/liveChatState";
import type { ConversationMessage } from "./model/types";
import type { Conversation } from "./session";

type Emit = <E extends ParleyEventName>(
  c: Conversation,
  key: string,
  name: E,
  extra: Omit<ParleyEventMap[E], keyof ParleyEventMap["conversation.triggered"]>,
) => void;

/** Resending "typing" this often keeps the agent's indicator on; this long without a key stops it. */
const TYPING_EVERY_MS = 3000;
const TYPING_STOPS_MS = 4000;
/** The agent's indicator goes by itself if their "stopped" is lost. */
const AGENT_TYPING_MS = 15_000;

/**
 * The live-chat part of the session: the chat's state from the transcript and `livechat.*` events,
 * the API events it means (once per chat), the visitor's typing (throttled), read marks, the end.
 */
export function createLiveChatSession(deps: {
  send(frame: ClientFrame): boolean;
  save(c: Conversation): void;
  emitOnce: Emit;
  changed(c: Conversation): void;
}) {
  const { send, emitOnce } = deps;
  const marked = new Map<string, { delivered: number; read: number }>();
  const agentTyping = new Map<string, ReturnType<typeof setTimeout>>();
  let typingIn: string | null = null;
  let typedAt = 0;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;

  const agentOf = (lc: LiveChatState) => ({
    agentId: lc.agent?.id ?? null,
    agentName: lc.agent?.name ?? null,
  });
  /** Keeps the new state and fires what it means: started when assigned, ended (of a started chat), timed out. */
  const set = (c: Conversation, lc: LiveChatState | undefined) => {
    if (!lc || lc === c.record.lc) return;
    c.record.lc = lc;
    deps.save(c);
    if (lc.status === "assigned") emitOnce(c, `lcs${lc.n}`, "livechat.started", agentOf(lc));
    if (lc.status === "ended" && c.record.ev.includes(`lcs${lc.n}`))
      emitOnce(c, `lce${lc.n}`, "livechat.ended", agentOf(lc));
    if (lc.status === "fallback") emitOnce(c, `lct${lc.n}`, "livechat.timedout", {});
  };

  /** What this side received (and, looking at it, read): sent once per new sequence number. */
  const seen = (c: Conversation, read: boolean) => {
    const id = c.record.id;
    const seq = c.record.seq;
    if (!id || !c.record.lc) return;
    const mark = marked.get(id) ?? { delivered: 0, read: 0 };
    if (mark.delivered >= seq && (!read || mark.read >= seq)) return;
    const frame: ClientFrame = { type: "chat.seen", conversationId: id, deliveredSeq: seq };
    if (read) frame.readSeq = seq;
    if (send(frame)) marked.set(id, { delivered: seq, read: read ? seq : mark.read });
  };

  const stopTyping = () => {
    clearTimeout(stopTimer);
    if (typingIn) send({ type: "chat.typing", conversationId: typingIn, typing: false });
    typingIn = null;
  };

  const status = (c: Conversation, s: LiveChatVisitorStatus) =>
    set(c, afterStatus(c.record.lc, s, c.record.seq));

  return {
    /** The transcript's new messages (in seq order), after they were kept. */
    messages(c: Conversation, fresh: ConversationMessage[]) {
      let lc = c.record.lc;
      for (const m of fresh) lc = afterMessage(lc, m);
      set(c, lc);
      if (fresh.some((m) => m.author !== "visitor")) seen(c, false);
    },
    /** A `livechat.status` (event or resume answer). */
    status,
    event(c: Conversation, event: ChannelEvent<"visitor">) {
      if (event.name === "livechat.status") status(c, event.data);
      if (event.name === "livechat.read" && c.record.lc) {
        c.record.lc = { ...c.record.lc, read: Math.max(c.record.lc.read, event.data.readSeq) };
        deps.save(c);
      }
      if (event.name === "livechat.typing") {
        const id = event.data.conversationId;
        clearTimeout(agentTyping.get(id));
        c.typing = event.data.typing;
        if (c.typing)
          agentTyping.set(
            id,
            setTimeout(() => {
              c.typing = false;
              deps.changed(c);
            }, AGENT_TYPING_MS),
          );
      }
      deps.changed(c);
    },
    /** The server's `agent_engaged` / `agent_left` activity: the same events as the status, still once. */
    activity(c: Conversation, type: string, agent: { agentId: string | null; agentName: string | null }) {
      const n = c.record.lc?.n ?? 1;
      if (type === "agent_engaged") emitOnce(c, `lcs${n}`, "livechat.started", agent);
      if (type === "agent_left") emitOnce(c, `lce${n}`, "livechat.ended", agent);
    },
    /** The chat is on screen: everything up to the conversation's seq is read. */
    read: (c: Conversation) => seen(c, true),
    /** A key was pressed in the composer. */
    typing(c: Conversation) {
      const id = c.record.id;
      if (!id) return;
      if (typingIn && typingIn !== id) stopTyping();
      clearTimeout(stopTimer);
      const due = typingIn !== id || Date.now() - typedAt >= TYPING_EVERY_MS;
      if (due && send({ type: "chat.typing", conversationId: id, typing: true })) {
        typingIn = id;
        typedAt = Date.now();
      }
      stopTimer = setTimeout(stopTyping, TYPING_STOPS_MS);
    },
    stopTyping,
    /** The visitor confirmed "End chat"; false when offline (nothing was sent). */
    end: (c: Conversation) =>
      !!c.record.id && send({ type: "chat.end", ref: newId(), conversationId: c.record.id }),
    /** A new socket: read marks go again (the server keeps the highest). */
    reset: () => marked.clear(),
  };
}
