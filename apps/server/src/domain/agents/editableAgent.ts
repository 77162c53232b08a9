import type { Permission } from "@parley/protocol/permissions";
import type { Kysely } from "kysely";
import { forbidden, notFound } from "../../errors";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { reachesUser } from "../users/reachesUser";

/** The user an API key or a session acts as: "me" of /api/agents/me. */
export const selfId = (actor: Actor): string => (actor.kind === "user" ? actor.id : actor.createdBy);

/**
 * Checks, in the caller's transaction, that `actor` may change this user's agent profile: themself,
 * or a user they reach with agents.manage (`selfAllowed: false`: only the latter; `managers`: which
 * permissions, any one, let an actor change others, e.g. meetings.manage for meeting availability).
 * A user the actor cannot reach reads as not existing.
 */
export async function assertEditableAgent(
  db: Kysely<Database>,
  actor: Actor,
  userId: string,
  selfAllowed = true,
  managers: readonly Permission[] = ["agents.manage"],
): Promise<void> {
  const user = await db
    .selectFrom("users")
    .select(["id", "site_ids"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!user || !reachesUser(actor, { id: user.id, siteIds: parseJson<string[] | null>(user.site_ids, null) }))
    throw notFound("Agent");
  if (selfAllowed && userId === selfId(actor)) return;
  if (!managers.some((p) => actor.permissions.has(p)))
    throw forbidden(`This needs the permission ${managers.join(" or ")}`);
}
