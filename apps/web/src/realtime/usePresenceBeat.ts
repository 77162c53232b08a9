import { useLocation } from "@tanstack/react-router";
import { type RefObject, useEffect } from "react";
import { useSession } from "../session/SessionContext";
import type { ConnectionStatus, RealtimeConnection } from "./realtimeConnection";

/** How often an agent's tab says it is alive; the server counts an agent offline after a few misses. */
export const PRESENCE_BEAT_MS = 15_000;

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
    const beat = () => connection.current?.send({ type: "presence.beat", inboxOpen });
    beat();
    const timer = setInterval(beat, PRESENCE_BEAT_MS);
    return () => clearInterval(timer);
  }, [connection, isAgent, status, inboxOpen]);
}
