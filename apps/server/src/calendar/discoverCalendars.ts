import type { DiscoverCalendarsBody, DiscoveredCalendars } from "@parley/protocol/meetings";
import type { AppContext } from "../api/context";
import type { Actor } from "../domain/auth/actor";
import { calendarOwnerId } from "./calendarAccess";
import { openDavSession } from "./davSession";
import { sourceRefused } from "./trySource";

/** Lists a CalDAV account's calendars, to choose the one to connect. Nothing is stored. */
export async function discoverCalendars(
  ctx: Pick<AppContext, "store" | "config">,
  actor: Actor,
  idParam: string,
  body: DiscoverCalendarsBody,
): Promise<DiscoveredCalendars> {
  await calendarOwnerId(ctx.store.db, actor, idParam);
  try {
    const session = await openDavSession({
      serverUrl: body.url,
      username: body.username,
      password: body.password,
      allow: ctx.config.outboundAllow,
    });
    return { items: await session.listCalendars() };
  } catch (error) {
    throw sourceRefused("caldav", error);
  }
}
