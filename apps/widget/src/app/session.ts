import type { LiveChatVisitorStatus } from "@parley/protocol/liveChat";
import type { ServerFrame } from "@parley/protocol/realtime";
import type { WidgetContext } from "../shared/contract";
import { newId } from "../shared/newId";
import type { ParleyEventMap, ParleyEventName, ParleyLanguage } from "../parley";
import { createLiveChatSession } from "./liveChatSession";
import { inferEvents } from "./model/inferEvents";
import {
  type ConversationMessage,
  type ConversationRecord,
  type ChatInput,
  type ConversationRef,
  type VisitorInput,
} from "./model/types";
import { type ConnectionState, createConnection } from "./net/createConnection";
import { createOutbox, type OutboxItem } from "./net/outbox";

/** A conversation this page shows, with what is not worth storing. */
export interface Conversation {
  record: ConversationRecord;
  /** The bot is "typing" (the site's response delay before its next message). */
  typing: boolean;
  /** A bot step is being delivered: the visitor answers once the server says it is finished. */
  busy?: boolean;
  /** The server refused to start it (e.g. the dialogue was unpublished meanwhile). */
  failed?: boolean;
  /** Completed with the visitor's last answer; the bot's last words are still on their way. */
  replying?: boolean;
}

export interface SessionEvents {
  /** Anything about this conversation changed; `fresh` are its new messages. */
  changed(conversation: Conversation, fresh: ConversationMessage[]): void;
  connection(state: ConnectionState): void;
}

const RANK = { new: 0, initiated: 1, engaged: 2, completed: 3, dropped: 3 };
const PERMANENT = /not_found|conflict|validation_failed|forbidden|bad_request/;
const MAX_KEPT = 200;

/**
 * Conversations over the one WebSocket: starts them (idempotently), resumes each from its last
 * sequence number after any reconnect or reload, sends answers through the outbox (exactly once),
 * keeps every conversation in localStorage and emits the API events.
 */
export function createSession(ctx: WidgetContext, language: () => ParleyLanguage, events: SessionEvents) {
  const { store, boot } = ctx;
  const conversations = new Map<string, Conversation>();
  /** Messages (and activities, step ends) of conversations whose `started` has not arrived yet (or of another tab's). */
  const early = new Map<
    string,
    { status: ConversationRecord["status"]; messages: ConversationMessage[]; later: ServerFrame[] }
  >();
  /** Starts keeping what arrives for a conversation this page does not know yet (at most 20). */
  const waitFor = (conversationId: string) => {
    const waiting = {
      status: "initiated" as ConversationRecord["status"],
      messages: [] as ConversationMessage[],
      later: [] as ServerFrame[],
    };
    if (early.size < 20) early.set(conversationId, waiting);
    return waiting;
  };
  const outbox = createOutbox(store);
  let sessionId = newId();
  try {
    sessionId = sessionStorage["parley:s"] = sessionStorage["parley:s"] || sessionId;
  } catch {
    // No sessionStorage: one session per page.
  }

  const save = (c: Conversation) => store.set(`c:${c.record.slot}`, c.record);
  const byId = (id: string) => [...conversations.values()].find((c) => c.record.id === id);
  const payload = (c: Conversation) => ({
    type: c.record.ref.type,
    id: c.record.ref.id,
    name: c.record.ref.name,
    delivery: c.record.ref.delivery,
    sessionId,
    conversationId: c.record.id ?? null,
  });
  /** Emits an API event once per conversation and key. */
  const emitOnce = <E extends ParleyEventName>(
    c: Conversation,
    key: string,
    name: E,
    extra: Omit<ParleyEventMap[E], keyof ReturnType<typeof payload>>,
  ) => {
    if (c.record.ev.includes(key)) return;
    c.record.ev.push(key);
    save(c);
    ctx.emit(name, { ...payload(c), ...extra } as ParleyEventMap[E]);
  };

  const sendStart = (c: Conversation) => {
    const pageUrl = location.href;
    const sent = connection.send({
      type: "conversation.start",
      ref: c.record.start,
      clientId: c.record.start,
      dialogueId: c.record.ref.id,
      delivery: c.record.ref.delivery,
      language: language(),
      ...(pageUrl.length <= 2000 && /^https?:/.test(pageUrl) ? { pageUrl } : {}),
    });
    if (sent) {
      c.record.sent++;
      save(c);
    }
  };
  const resume = (c: Conversation) =>
    c.record.id &&
    connection.send({
      type: "conversation.resume",
      ref: `r${c.record.start}`,
      conversationId: c.record.id,
      afterSeq: c.record.seq,
    });
  /** An answer to the bot, or a typed chat message: always with its first client id. */
  const sendItem = ({ id, conversationId, input }: OutboxItem) =>
    connection.send(
      input.kind === "chat"
        ? { type: "chat.send", ref: id, clientId: id, conversationId, text: input.text }
        : { type: "conversation.input", ref: id, clientId: id, conversationId, input },
    );
  const sendOutbox = () => {
    for (const item of outbox.unsent()) sendItem(item);
  };
  const live = createLiveChatSession({
    send: (frame) => connection.send(frame),
    save,
    emitOnce,
    changed: (c) => events.changed(c, []),
  });

  const apply = (
    c: Conversation,
    status: ConversationRecord["status"],
    messages: ConversationMessage[],
    liveChat?: LiveChatVisitorStatus | null,
  ) => {
    const record = c.record;
    const known = new Set(record.messages.map((m) => m.seq));
    const fresh = messages.filter((m) => !known.has(m.seq)).sort((a, b) => a.seq - b.seq);
    record.messages = [...record.messages, ...fresh].sort((a, b) => a.seq - b.seq).slice(-MAX_KEPT);
    // `seq`: up to where nothing is missing. A gap (a frame lost between sockets) is asked for again.
    let seq = record.seq;
    while (known.has(seq + 1) || fresh.some((m) => m.seq === seq + 1)) seq++;
    const gap = fresh.some((m) => m.seq > seq);
    record.seq = seq;
    if (RANK[status] >= RANK[record.status]) record.status = status;
    if (fresh.some((m) => m.author !== "visitor")) c.typing = false;
    for (const m of fresh) if (m.author === "visitor" && m.clientId) outbox.seen(m.clientId);
    save(c);
    // The final status comes with the step's first message; the bot's other messages follow, one by
    // one after the response delay. "Completed" (event and view) waits for `step.finished`.
    for (const event of inferEvents(record))
      if (event.name !== "conversation.completed") emitOnce(c, event.key, event.name, event.extra);
    if (record.status === "completed" && !record.ev.includes("completed")) c.replying = true;
    live.messages(c, fresh);
    // A resume's answer says where the chat stands now (what its missed events said).
    if (liveChat) live.status(c, liveChat);
    if (gap) resume(c);
    events.changed(c, fresh);
  };

  const onFrame = (frame: ServerFrame) => {
    switch (frame.type) {
      case "conversation.started": {
        const c = [...conversations.values()].find((x) => x.record.start === frame.ref);
        if (!c) return;
        c.record.id = frame.conversationId;
        save(c);
        emitOnce(c, "triggered", "conversation.triggered", {});
        const waiting = early.get(frame.conversationId);
        early.delete(frame.conversationId);
        if (waiting?.messages.length) apply(c, waiting.status, waiting.messages);
        for (const later of waiting?.later ?? []) onFrame(later);
        // Started on an earlier socket (or page): what it said then was lost with that socket.
        if (c.record.sent > 1) resume(c);
        return events.changed(c, []);
      }
      case "conversation.messages": {
        const c = byId(frame.conversationId);
        if (c) return apply(c, frame.status, frame.messages, frame.liveChat);
        const waiting = early.get(frame.conversationId) ?? waitFor(frame.conversationId);
        waiting.status = frame.status;
        waiting.messages.push(...frame.messages);
        return;
      }
      case "typing": {
        const c = byId(frame.conversationId);
        if (!c || frame.author !== "bot") return;
        c.typing = c.busy = true;
        return events.changed(c, []);
      }
      case "step.finished": {
        const c = byId(frame.conversationId);
        // Like a step's messages, its end can overtake `conversation.started`: kept until then.
        if (!c)
          return void (early.get(frame.conversationId) ?? waitFor(frame.conversationId)).later.push(frame);
        // Something of the step was lost on the way (another socket): ask for it, then finish.
        if (frame.lastSeq > c.record.seq) return resume(c);
        c.typing = c.busy = false;
        if (c.replying && c.record.status === "completed") {
          c.replying = false;
          emitOnce(c, "completed", "conversation.completed", {});
        }
        return events.changed(c, []);
      }
      case "ack":
        outbox.ack(frame.clientId, frame.duplicate);
        return changedAll();
      case "error":
        return onError(frame);
      case "event":
        return onEvent(frame);
      default:
        return;
    }
  };

  const onError = (frame: Extract<ServerFrame, { type: "error" }>) => {
    const ref = frame.ref ?? "";
    const permanent = PERMANENT.test(frame.code);
    if (outbox.has(ref)) {
      if (permanent) outbox.drop(ref);
      return changedAll();
    }
    for (const c of conversations.values()) {
      const mine = ref === c.record.start || ref === `r${c.record.start}`;
      if (!mine || !permanent) continue;
      // The server does not know (or no longer runs) this conversation: show it failed, forget it.
      c.failed = true;
      store.del(`c:${c.record.slot}`);
      events.changed(c, []);
    }
  };

  /** The visitor channel's events: the live chat's status, typing and read marks, or an activity. */
  const onEvent = (frame: Extract<ServerFrame, { type: "event" }>) => {
    if (
      frame.name !== "livechat.status" &&
      frame.name !== "livechat.typing" &&
      frame.name !== "livechat.read"
    )
      return onActivity(frame);
    const id = frame.data.conversationId;
    const c = byId(id);
    if (c) return live.event(c, frame);
    // Where the chat stands can overtake `conversation.started` too; typing and read marks are moot.
    if (frame.name === "livechat.status") (early.get(id) ?? waitFor(id)).later.push(frame);
  };

  /** Activities the server announces on the visitor's channel (goal, meeting, live chat). */
  const onActivity = (frame: Extract<ServerFrame, { type: "event" }>) => {
    const data = frame.data as {
      type?: string;
      conversationId?: string;
      cardId?: string;
      data?: Record<string, unknown>;
    };
    if (frame.name !== "activity" || !data?.conversationId) return;
    const c = byId(data.conversationId);
    // A step's activities can overtake its `conversation.started`: kept until then.
    if (!c) {
      (early.get(data.conversationId) ?? waitFor(data.conversationId)).later.push(frame);
      return;
    }
    const detail = data.data ?? {};
    const text = (key: string) => (typeof detail[key] === "string" ? (detail[key] as string) : null);
    const agent = { agentId: text("agentId"), agentName: text("agentName") };
    const key = `${data.type}${data.cardId ?? ""}`;
    if (data.type === "goal_reached") emitOnce(c, key, "goal.reached", { goal: text("goal") });
    if (data.type === "meeting_scheduled")
      emitOnce(c, key, "meeting.booked", { ...agent, startsAt: text("startsAt") });
    live.activity(c, data.type ?? "", agent);
    if (data.type === "email_given")
      emitOnce(c, `email${data.cardId}`, "email.given", { email: text("email") ?? "" });
  };

  const changedAll = () => {
    for (const c of conversations.values()) events.changed(c, []);
  };

  const wsBase = ctx.base.replace(/^http/, "ws");
  const connection = createConnection(
    `${wsBase}/ws?site=${encodeURIComponent(ctx.siteKey)}&visitor=${encodeURIComponent(boot.visitor.token)}`,
    {
      frame: onFrame,
      ready() {
        live.reset();
        for (const c of conversations.values()) {
          if (c.failed) continue;
          if (c.record.id) resume(c);
          else sendStart(c);
        }
        sendOutbox();
      },
      state: events.connection,
    },
  );

  return {
    sessionId,
    connection,
    get: (slot: string) => conversations.get(slot),
    /** A conversation kept from an earlier page, shown (and resumed) again. */
    restore(slot: string): Conversation | undefined {
      const record = store.get<ConversationRecord>(`c:${slot}`);
      if (!record?.ref || conversations.has(slot)) return conversations.get(slot);
      const c: Conversation = { record, typing: false };
      conversations.set(slot, c);
      if (connection.state() === "online") {
        if (record.id) resume(c);
        else sendStart(c);
      }
      return c;
    },
    /** Starts a new conversation in `slot` (replacing what the slot showed). */
    start(slot: string, ref: ConversationRef): Conversation {
      const c: Conversation = {
        record: { slot, ref, start: newId(), sent: 0, seq: 0, status: "new", messages: [], ev: [] },
        typing: false,
      };
      conversations.set(slot, c);
      save(c);
      sendStart(c);
      return c;
    },
    /** Sends an answer; offline it waits in the outbox and is sent (once) when the socket is back. */
    answer(c: Conversation, input: VisitorInput | ChatInput) {
      if (!c.record.id) return;
      const item = { id: newId(), conversationId: c.record.id, input };
      outbox.add(item);
      sendItem(item);
      if (input.kind === "chat") live.stopTyping();
      events.changed(c, []);
    },
    /** Live chat: the visitor types (throttled `chat.typing`), reads (`chat.seen`), ends the chat. */
    typing: live.typing,
    read: live.read,
    endChat: live.end,
    /**
     * The visitor booked in this page: `meeting.booked` at once (the server's `meeting_scheduled`
     * activity, under the same key, then does not fire it again, nor does a reload).
     */
    booked(
      conversationId: string,
      cardId: string | undefined,
      agentId: string,
      agentName: string,
      startsAt: string,
    ) {
      const c = byId(conversationId);
      if (c)
        emitOnce(c, `meeting_scheduled${cardId ?? ""}`, "meeting.booked", {
          agentId,
          agentName,
          startsAt,
        });
    },
    pending: (c: Conversation) => (c.record.id ? outbox.pending(c.record.id) : []),
    closed(c: Conversation) {
      ctx.emit("conversation.closed", payload(c));
    },
    close: () => connection.close(),
  };
}

export type Session = ReturnType<typeof createSession>;
