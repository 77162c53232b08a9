import type { Me } from "@parley/protocol/auth";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { apiRequest, setCsrfToken } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import { markPageLeaving } from "./pageLeaving";
import { APP_BASE } from "../routes/appBase";

/** Starting and ending a session: both reset every cached answer so one user never sees another's data. */
export function useSessionActions() {
  const queryClient = useQueryClient();

  const startSession = useCallback(
    (me: Me) => {
      setCsrfToken(me.csrfToken);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
      queryClient.setQueryData(queryKeys.me, me);
    },
    [queryClient],
  );

  /** Ends the session and reloads on the sign-in page, so nothing of this user stays in memory. */
  const signOut = useCallback(async () => {
    // Ending the session makes the socket close and Me turn null: the app must not navigate meanwhile.
    markPageLeaving();
    try {
      await apiRequest("POST", "/api/auth/sign-out");
    } finally {
      setCsrfToken(null);
      window.location.assign(`${APP_BASE}/sign-in`);
    }
  }, []);

  return { startSession, signOut };
}
