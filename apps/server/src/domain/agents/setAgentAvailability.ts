import type { AgentProfile } from "@parley/protocol/liveChat";
import { WeeklySchedule } from "@parley/protocol/schedule";
import type { AppContext } from "../../api/context";
import { clock } from "../../lib/clock";
import { parseJson } from "../../lib/json";
import { announceAgentPresence } from "./announceAgentPresence";
import { availabilityUntil } from "./availabilityUntil";
import { upsertAgentProfile } from "./upsertAgentProfile";
import { readAgentProfile } from "./readAgentProfile";

/**
 * The agent's manual toggle: available or away until the next schedule block starts or local
 * midnight, whichever comes first. Announces the new state; an agent now available takes queued chats.
 */
export async function setAgentAvailability(
  ctx: AppContext,
  userId: string,
  availability: "available" | "away",
): Promise<AgentProfile> {
  await ctx.store.db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom("agent_profiles")
      .select(["time_zone", "schedule"])
      .where("user_id", "=", userId)
      .executeTakeFirst();
    const schedule = WeeklySchedule.safeParse(parseJson<unknown>(current?.schedule ?? null, null));
    const until = availabilityUntil(
      schedule.success ? schedule.data : null,
      current?.time_zone ?? "UTC",
      clock().now(),
    );
    await upsertAgentProfile(trx, userId, { availability, availability_until: until });
  });
  await announceAgentPresence(ctx, userId);
  return readAgentProfile(ctx.store.db, ctx.presence, userId);
}
