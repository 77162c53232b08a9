import type { Kysely } from "kysely";
import type { Actor } from "../domain/auth/actor";
import { selfId } from "../domain/agents/editableAgent";
import { reachesUser } from "../domain/users/reachesUser";
import { forbidden, notFound } from "../errors";
import { parseJson } from "../lib/json";
import type { CalendarConnectionTable, Database } from "../store/schema";

/** Any of these lets a route in; which calendars then depends on whose they are (below). */
export const CALENDAR_POLICY = ["availability.manage_own", "meetings.manage", "agents.manage"] as const;

/**
 * The user whose calendars `idParam` (a user id or `me`) names, checked for `actor`: their own need
 * availability.manage_own (or a manager's permission); someone else's need meetings.manage or
 * agents.manage, and the user must be one the actor reaches — one they do not reach reads as missing.
 * Call it inside the transaction that writes.
 */
export async function calendarOwnerId(db: Kysely<Database>, actor: Actor, idParam: string): Promise<string> {
  const userId = idParam === "me" ? selfId(actor) : idParam;
  const user = await db
    .selectFrom("users")
    .select(["id", "site_ids"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!user || !reachesUser(actor, { id: user.id, siteIds: parseJson<string[] | null>(user.site_ids, null) }))
    throw notFound("Agent");
  const own = userId === selfId(actor);
  const may = own
    ? CALENDAR_POLICY.some((p) => actor.permissions.has(p))
    : actor.permissions.has("meetings.manage") || actor.permissions.has("agents.manage");
  if (!may)
    throw forbidden(
      own
        ? "This needs the permission availability.manage_own"
        : "Another agent's calendars need the permission meetings.manage or agents.manage",
    );
  return userId;
}

/** A connection `actor` may manage (the same rules, for its owner); others' unreachable ones read as missing. */
export async function connectionForActor(
  db: Kysely<Database>,
  actor: Actor,
  connectionId: string,
): Promise<CalendarConnectionTable> {
  const row = await db
    .selectFrom("calendar_connections")
    .selectAll()
    .where("id", "=", connectionId)
    .executeTakeFirst();
  if (!row) throw notFound("Calendar");
  try {
    await calendarOwnerId(db, actor, row.user_id);
  } catch (error) {
    // Someone else's calendar the actor does not reach is not theirs to know about.
    if (error instanceof Error && "code" in error && error.code === "not_found") throw notFound("Calendar");
    throw error;
  }
  return row;
}
