import type { InboxConversation } from "@parley/protocol/liveChat";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { catchUpInboxConversation } from "../../data/useInboxConversation";
import { useRealtime } from "../../realtime/RealtimeProvider";

/** How long "typing…" shows without a new typing event (the sender repeats it every few seconds). */
const TYPING_SHOWN_MS = 6000;

/**
 * While a conversation is on screen: its channel is joined (messages, notes, typing, read marks);
 * after a reconnect it catches up from the last message it has; the visitor's typing is tracked; and
 * what the agent has received and looked at is reported (`chat.seen`) when it is their chat.
 */
export function useConversationChannel(
  siteId: string,
  conversationId: string,
  conversation: InboxConversation | undefined,
  reportSeen: boolean,
) {
  const realtime = useRealtime();
  const client = useQueryClient();
  const [visitorTyping, setVisitorTyping] = useState(false);

  useEffect(() => {
    const channel = `conversation:${conversationId}`;
    // Heard before joining, so the confirmation of this join is not missed.
    const offSubscribed = realtime.onSubscribed((subscribed) => {
      // What was written between the conversation's read and the subscription taking effect reaches
      // no event: catch up from the last message we have once the server listens for us.
      if (subscribed === channel) void catchUpInboxConversation(client, siteId, conversationId);
    });
    const leave = realtime.join(channel);
    const offResume = realtime.onResume(() => {
      void catchUpInboxConversation(client, siteId, conversationId);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const offEvent = realtime.onEvent((event) => {
      if (event.name === "chat.messages" && event.data.conversationId === conversationId) {
        // A message from the visitor ends their typing.
        if (event.data.messages.some((m) => m.author === "visitor")) setVisitorTyping(false);
      }
      if (event.name !== "chat.typing" || event.data.conversationId !== conversationId) return;
      if (event.data.author !== "visitor") return;
      clearTimeout(timer);
      setVisitorTyping(event.data.typing);
      if (event.data.typing) timer = setTimeout(() => setVisitorTyping(false), TYPING_SHOWN_MS);
    });
    return () => {
      clearTimeout(timer);
      offEvent();
      offResume();
      offSubscribed();
      leave();
    };
  }, [realtime, client, siteId, conversationId]);

  const lastSeq = conversation?.messages.at(-1)?.seq ?? 0;
  const reported = useRef({ delivered: 0, read: 0 });
  useEffect(() => {
    if (!reportSeen || lastSeq === 0) return;
    const report = () => {
      const visible = document.visibilityState === "visible";
      const { delivered, read } = reported.current;
      if (lastSeq <= delivered && (!visible || lastSeq <= read)) return;
      const sent = realtime.send({
        type: "chat.seen",
        conversationId,
        deliveredSeq: lastSeq,
        ...(visible ? { readSeq: lastSeq } : {}),
      });
      if (sent) reported.current = { delivered: lastSeq, read: visible ? lastSeq : read };
    };
    report();
    document.addEventListener("visibilitychange", report);
    const offResume = realtime.onResume(report);
    return () => {
      document.removeEventListener("visibilitychange", report);
      offResume();
    };
  }, [realtime, conversationId, lastSeq, reportSeen]);

  return { visitorTyping };
}
