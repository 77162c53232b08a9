import type { CalendarConnectionTable } from "../store/schema";
import { type DavSession, openDavSession } from "./davSession";
import { storedSource, type SyncContext } from "./syncCalendarConnection";

/**
 * A CalDAV session on a stored connection: its saved password opened with the server's key, the
 * outbound guard applied. Throws as openDavSession does (and CalendarFailure for a password that no
 * longer opens); callers turn that into their job's failure.
 */
export async function openConnectionSession(
  ctx: Pick<SyncContext, "secretKey" | "config">,
  connection: CalendarConnectionTable,
): Promise<DavSession> {
  const source = storedSource(ctx.secretKey, connection, false);
  return openDavSession({
    serverUrl: source.url,
    username: source.username ?? "",
    password: source.password ?? "",
    allow: ctx.config.outboundAllow,
  });
}
