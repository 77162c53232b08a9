import { useLocation } from "@tanstack/react-router";
import { type RefObject, useEffect } from "react";
import { useSession } from "../session/SessionContext";
import type { ConnectionStatus, RealtimeConnection } from "./realtimeConnection";

/** How often an agent's tab says it is alive; the server counts an agent offline after a few misses. */
export const PRESENCE_BEAT_MS = 15_000;
/**
 * The ref of a beat that may change the agent's state (on connect, inbox shown or gone): its pong
 * tells the provider to read the profile again, since the profile read may have been answered
 * before the beat landed and the `agent.presence` it caused may have come before that read.
 */
export const STATE_BEAT_REF = "presence-state";

/**
 * For users who answer live chats: a `presence.beat` at once when connected, whenever the inbox
 * appears or goes, and every 15 s; `inboxOpen` while an /inbox page is on screen (auto-away counts
 * from it).
 */
export function usePresenceBeat(connection: RefObject<RealtimeConnection | null>, status: ConnectionStatus) {
  const isAgent = useSession().can("livechat.answer");
  const inboxOpen = useLocation({
    select: (location) => location.pathname === "/inbox" || location.pathname.startsWith("/inbox/"),
  });
  useEffect(() => {
    if (!isAgent || status !== "connected") return;
    const beat = (ref?: string) => connection.current?.send({ type: "presence.beat", ref, inboxOpen });
    beat(STATE_BEAT_REF);
    const timer = setInterval(() => beat(), PRESENCE_BEAT_MS);
    return () => clearInterval(timer);
  }, [connection, isAgent, status, inboxOpen]);
}
