import type { Me } from "@parley/protocol/auth";
import type { Permission } from "@parley/protocol/permissions";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { meCan } from "./meCan";

export interface Session {
  me: Me;
  /** True when the user holds at least one of the permissions. */
  can(...permissions: Permission[]): boolean;
}

const SessionContext = createContext<Session | null>(null);

/** Gives the signed-in part of the app its user; only rendered once Me is known. */
export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  const session = useMemo<Session>(() => ({ me, can: (...permissions) => meCan(me, permissions) }), [me]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() is used outside the signed-in app");
  return session;
}
