import type { BusEvent } from "@parley/protocol/events";
import type { ClientFrame, EventFrame, ServerFrame } from "@parley/protocol/realtime";
import { useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef, useState } from "react";
import { queryKeys } from "../api/queryKeys";
import { createOutgoingQueue, type OutgoingItem, type OutgoingQueue } from "../inbox/outgoingQueue";
import { useSelectedSite } from "../shell/SelectedSiteContext";
import { applyRealtimeEvent } from "./applyRealtimeEvent";
import {
  type ConnectionStatus,
  createRealtimeConnection,
  type RealtimeConnection,
} from "./realtimeConnection";
import { STATE_BEAT_REF, usePresenceBeat } from "./usePresenceBeat";

type ReplyFrame = Exclude<ServerFrame, EventFrame>;

/** What components may do with the tab's connection (the inbox: chat frames, typing, its channel). */
export interface Realtime {
  /** Sends a frame now; false while disconnected. */
  send(frame: ClientFrame): boolean;
  /** Listens to a channel (again after every reconnect) until the returned function is called. */
  join(channel: string): () => void;
  /** Hears every announced event after the cache has it (e.g. chat.typing); returns "stop". */
  onEvent(listener: (event: BusEvent) => void): () => void;
  /** Called after each reconnect, once joined channels are subscribed again. */
  onResume(listener: () => void): () => void;
  /**
   * Called when the server confirms a subscription (`subscribed`): from then on its events reach
   * us, so a screen that read its data before can catch up on what came in between.
   */
  onSubscribed(listener: (channel: string) => void): () => void;
  /** The agent's chat messages not yet acknowledged; resent with their client ids after a reconnect. */
  outgoing: OutgoingQueue;
}

const StatusContext = createContext<ConnectionStatus>("connecting");
const RealtimeContext = createContext<Realtime | null>(null);

const socketUrl = () =>
  `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/ws`;

/** The frame of a queued chat message; its ref is its client id, so an error frame names it. */
const chatSendFrame = ({ clientId, conversationId, text }: OutgoingItem): ClientFrame => ({
  type: "chat.send",
  ref: clientId,
  clientId,
  conversationId,
  text,
});

/**
 * The tab's one WebSocket (the session cookie says who we are), listening to the selected site and
 * keeping the query cache up to date; after a drop, the site's cache is read again (resume), joined
 * channels come back and unacknowledged chat messages go again with the same client ids.
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { site } = useSelectedSite();
  const channel = site ? `site:${site.id}` : null;
  const [status, setStatus] = useState<ConnectionStatus>("connecting");
  const connection = useRef<RealtimeConnection | null>(null);
  const channelRef = useRef(channel);
  channelRef.current = channel;
  const [hub] = useState(() => ({
    events: new Set<(event: BusEvent) => void>(),
    resumes: new Set<() => void>(),
    subscribed: new Set<(channel: string) => void>(),
    joined: new Map<string, number>(),
    outgoing: createOutgoingQueue(),
  }));

  useEffect(() => {
    const onFrame = (frame: ReplyFrame) => {
      if (frame.type === "ack") hub.outgoing.settle(frame.clientId);
      else if (frame.type === "error" && frame.ref) hub.outgoing.fail(frame.ref, frame.message);
      else if (frame.type === "pong" && frame.ref === STATE_BEAT_REF)
        void queryClient.invalidateQueries({ queryKey: queryKeys.agentProfile });
      else if (frame.type === "subscribed") for (const listener of hub.subscribed) listener(frame.channel);
    };
    const onEvent = (frame: BusEvent) => {
      applyRealtimeEvent(queryClient, frame);
      // A message that came back is stored, whether or not its ack reached us.
      if (frame.name === "chat.messages") {
        for (const message of frame.data.messages)
          if (message.clientId) hub.outgoing.settle(message.clientId);
      }
      for (const listener of hub.events) listener(frame);
    };
    const opened = createRealtimeConnection({
      createSocket: () => new WebSocket(socketUrl()),
      onEvent,
      onFrame,
      onStatus: setStatus,
      onResume: (resumed) => {
        if (resumed?.startsWith("site:")) {
          // Conversations on screen catch up from their last message instead (their onResume).
          void queryClient.invalidateQueries({
            queryKey: queryKeys.site(resumed.slice(5)).all,
            predicate: ({ queryKey: [, , area, kind, id] }) =>
              !(area === "inbox" && kind === "conversation" && hub.joined.has(`conversation:${String(id)}`)),
          });
        }
        // Sites, roles or one's own access may have changed while we were away; offers may have come.
        void queryClient.invalidateQueries({ queryKey: queryKeys.me });
        void queryClient.invalidateQueries({ queryKey: queryKeys.offers });
        for (const item of hub.outgoing.unsent()) opened.send(chatSendFrame(item));
        for (const listener of hub.resumes) listener();
      },
      onAccessLost: () => void queryClient.invalidateQueries({ queryKey: queryKeys.me }),
    });
    opened.setChannel(channelRef.current);
    for (const joined of hub.joined.keys()) opened.join(joined);
    connection.current = opened;
    return () => {
      connection.current = null;
      opened.close();
    };
  }, [queryClient, hub]);

  useEffect(() => connection.current?.setChannel(channel), [channel]);
  usePresenceBeat(connection, status);

  const realtime = useMemo<Realtime>(
    () => ({
      send: (frame) => connection.current?.send(frame) ?? false,
      join(joined) {
        const count = hub.joined.get(joined) ?? 0;
        hub.joined.set(joined, count + 1);
        if (count === 0) connection.current?.join(joined);
        return () => {
          const left = (hub.joined.get(joined) ?? 1) - 1;
          if (left > 0) return void hub.joined.set(joined, left);
          hub.joined.delete(joined);
          connection.current?.leave(joined);
        };
      },
      onEvent(listener) {
        hub.events.add(listener);
        return () => void hub.events.delete(listener);
      },
      onResume(listener) {
        hub.resumes.add(listener);
        return () => void hub.resumes.delete(listener);
      },
      onSubscribed(listener) {
        hub.subscribed.add(listener);
        return () => void hub.subscribed.delete(listener);
      },
      outgoing: hub.outgoing,
    }),
    [hub],
  );

  return (
    <StatusContext.Provider value={status}>
      <RealtimeContext.Provider value={realtime}>{children}</RealtimeContext.Provider>
    </StatusContext.Provider>
  );
}

/** Whether live updates reach this tab now. */
export function useConnectionStatus(): ConnectionStatus {
  return useContext(StatusContext);
}

/** The tab's connection, for components that send frames or listen to a conversation. */
export function useRealtime(): Realtime {
  const realtime = useContext(RealtimeContext);
  if (!realtime) throw new Error("useRealtime needs a RealtimeProvider");
  return realtime;
}

/**
 * Sends a chat message now (or after the reconnect, from the queue) under a new client id; with
 * `retryOf`, a refused one again under its own.
 */
export function sendChatMessage(
  realtime: Realtime,
  message: { conversationId: string; text: string } | { retryOf: string },
): void {
  const item =
    "retryOf" in message
      ? realtime.outgoing.retry(message.retryOf)
      : realtime.outgoing.add(message.conversationId, message.text);
  if (item) realtime.send(chatSendFrame(item));
}
