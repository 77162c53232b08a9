import { AppError } from "../../errors";
import { nowIso } from "../../lib/clock";
import type { CommandContext } from "../commandContext";
import { announceAccessChanged } from "./announceAccessChanged";
import { hashPassword, verifyPassword } from "./passwords";

/**
 * Changes the signed-in user's password after checking the current one; ends their other sessions
 * (their open connections re-check theirs).
 */
export async function changePassword(
  ctx: CommandContext,
  input: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
): Promise<void> {
  const { db } = ctx.store;
  const user = await db
    .selectFrom("users")
    .select("password_hash")
    .where("id", "=", input.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError("invalid_credentials", "The current password is wrong");
  }
  await db
    .updateTable("users")
    .set({ password_hash: await hashPassword(input.newPassword), updated_at: nowIso() })
    .where("id", "=", input.userId)
    .execute();
  await db
    .deleteFrom("sessions")
    .where("user_id", "=", input.userId)
    .where("id", "!=", input.sessionId)
    .execute();
  await announceAccessChanged(ctx.bus, [input.userId]);
}
