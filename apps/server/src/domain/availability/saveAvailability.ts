import { type AgentAvailability, Availability, type UpdateAvailabilityBody } from "@parley/protocol/meetings";
import { IANAZone } from "luxon";
import type { AppContext } from "../../api/context";
import { badRequest, invalidField } from "../../errors";
import { nowIso } from "../../lib/clock";
import { toJson } from "../../lib/json";
import type { Actor } from "../auth/actor";
import { assertEditableAgent } from "../agents/editableAgent";
import { lockHost } from "../meetings/lockHost";
import { MANAGE_OTHERS_AVAILABILITY } from "./availabilityAccess";
import { defaultAvailability, profileTimeZone } from "./defaultAvailability";
import { readAvailability } from "./readAvailability";

/**
 * Saves a host's meeting availability: the body's keys over what is stored (or over the defaults the
 * first time), checked whole. Themself, or a user they reach with meetings.manage or agents.manage,
 * checked in the writing transaction. The row is written under the host's lock (lockHost), the one
 * every booking holds while it re-checks a slot, so a save never interleaves with a claim.
 */
export async function saveAvailability(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  patch: UpdateAvailabilityBody,
): Promise<AgentAvailability> {
  if (patch.timeZone !== undefined && !IANAZone.isValidZone(patch.timeZone))
    throw invalidField("timeZone", "is not a time zone such as Europe/Paris");
  if (patch.overrides) assertUniqueDates(patch.overrides);
  return ctx.store.db.transaction().execute(async (trx) => {
    await assertEditableAgent(trx, actor, userId, true, MANAGE_OTHERS_AVAILABILITY);
    // The first save starts from the defaults (written by the lock); a later one from what the last
    // save committed, read under the lock so two saves merge instead of one losing the other's keys.
    await lockHost(trx, ctx.store.kind, userId, defaultAvailability(await profileTimeZone(trx, userId)));
    const {
      userId: _user,
      configured: _configured,
      updatedAt: _updated,
      ...base
    } = await readAvailability(trx, userId);
    const merged = Availability.safeParse({ ...base, ...patch });
    if (!merged.success) throw badRequest("The availability is not valid", merged.error.issues);
    await trx
      .updateTable("meeting_availability")
      .set({ settings: toJson(merged.data), updated_at: nowIso() })
      .where("user_id", "=", userId)
      .execute();
    return readAvailability(trx, userId);
  });
}

/** One override per date: two would leave which one applies to chance. */
function assertUniqueDates(overrides: readonly { date: string }[]): void {
  const seen = new Set<string>();
  for (const [i, o] of overrides.entries()) {
    if (seen.has(o.date))
      throw badRequest(`overrides.${i}.date ${o.date} is overridden twice`, [
        { path: `/overrides/${i}/date`, message: `${o.date} is overridden twice` },
      ]);
    seen.add(o.date);
  }
}
