import type { AgentProfile, UpdateAgentProfileBody } from "@parley/protocol/liveChat";
import { WeeklySchedule } from "@parley/protocol/schedule";
import { IANAZone } from "luxon";
import type { z } from "zod";
import type { AppContext } from "../../api/context";
import { invalidField } from "../../errors";
import { clock } from "../../lib/clock";
import { parseJson, toJson } from "../../lib/json";
import type { Actor } from "../auth/actor";
import { announceAgentPresence } from "./announceAgentPresence";
import { availabilityUntil } from "./availabilityUntil";
import { assertEditableAgent } from "./editableAgent";
import { readAgentProfile } from "./readAgentProfile";
import { upsertAgentProfile } from "./upsertAgentProfile";

type Patch = z.infer<typeof UpdateAgentProfileBody>;

/**
 * Changes an agent's time zone, weekly schedule or concurrency limit (themself, or a manager with
 * agents.manage who reaches them; `selfAllowed: false` for the managers' route). A toggle still in
 * force is re-timed against the new schedule or zone. Announces the agent's presence after commit.
 */
export async function updateAgentProfile(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  patch: Patch,
  selfAllowed = true,
): Promise<AgentProfile> {
  if (patch.timeZone !== undefined && !IANAZone.isValidZone(patch.timeZone))
    throw invalidField("timeZone", "is not a time zone such as Europe/Paris");
  await ctx.store.db.transaction().execute(async (trx) => {
    await assertEditableAgent(trx, actor, userId, selfAllowed);
    const current = await trx
      .selectFrom("agent_profiles")
      .select(["time_zone", "schedule", "availability", "availability_until"])
      .where("user_id", "=", userId)
      .executeTakeFirst();
    const timeZone = patch.timeZone ?? current?.time_zone ?? "UTC";
    const schedule =
      patch.schedule !== undefined
        ? patch.schedule
        : (WeeklySchedule.safeParse(parseJson<unknown>(current?.schedule ?? null, null)).data ?? null);
    const now = clock().now();
    const toggled =
      current?.availability && current.availability_until && Date.parse(current.availability_until) > now;
    await upsertAgentProfile(trx, userId, {
      time_zone: timeZone,
      ...(patch.schedule !== undefined ? { schedule: patch.schedule ? toJson(patch.schedule) : null } : {}),
      ...(patch.concurrencyLimit !== undefined ? { concurrency_limit: patch.concurrencyLimit } : {}),
      ...(toggled && (patch.schedule !== undefined || patch.timeZone !== undefined)
        ? { availability_until: availabilityUntil(schedule, timeZone, now) }
        : {}),
    });
  });
  await announceAgentPresence(ctx, userId);
  return readAgentProfile(ctx.store.db, ctx.presence, userId);
}
