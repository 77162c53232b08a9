import { useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import { queryKeys } from "../api/queryKeys";
import { useSelectedSite } from "../shell/SelectedSiteContext";
import { applyRealtimeEvent } from "./applyRealtimeEvent";
import {
  type ConnectionStatus,
  createRealtimeConnection,
  type RealtimeConnection,
} from "./realtimeConnection";

const StatusContext = createContext<ConnectionStatus>("connecting");

const socketUrl = () =>
  `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/ws`;

/**
 * The tab's one WebSocket (the session cookie says who we are), listening to the selected site and
 * keeping the query cache up to date; after a drop, the site's cache is read again (resume).
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { site } = useSelectedSite();
  const channel = site ? `site:${site.id}` : null;
  const [status, setStatus] = useState<ConnectionStatus>("connecting");
  const connection = useRef<RealtimeConnection | null>(null);
  const channelRef = useRef(channel);
  channelRef.current = channel;

  useEffect(() => {
    const opened = createRealtimeConnection({
      createSocket: () => new WebSocket(socketUrl()),
      onEvent: (frame) => applyRealtimeEvent(queryClient, frame),
      onStatus: setStatus,
      onResume: (resumed) => {
        if (resumed?.startsWith("site:")) {
          void queryClient.invalidateQueries({ queryKey: queryKeys.site(resumed.slice(5)).all });
        }
        // Sites, roles or one's own access may have changed while we were away.
        void queryClient.invalidateQueries({ queryKey: queryKeys.me });
      },
      onAccessLost: () => void queryClient.invalidateQueries({ queryKey: queryKeys.me }),
    });
    opened.setChannel(channelRef.current);
    connection.current = opened;
    return () => {
      connection.current = null;
      opened.close();
    };
  }, [queryClient]);

  useEffect(() => connection.current?.setChannel(channel), [channel]);

  return <StatusContext.Provider value={status}>{children}</StatusContext.Provider>;
}

/** Whether live updates reach this tab now. */
export function useConnectionStatus(): ConnectionStatus {
  return useContext(StatusContext);
}
