import { nowIso } from "../../lib/clock";
import type { CommandContext } from "../commandContext";
import { announceAccessChanged } from "./announceAccessChanged";
import { hashPassword } from "./passwords";
import { createSession } from "./sessions";
import { readUserToken, useUserToken } from "./userTokens";

/**
 * Sets the password chosen from an invitation or password-reset link, uses the link up, ends every
 * other session of the user and signs them in (their open connections re-check their access).
 * Returns the new session's token.
 */
export async function usePasswordLink(
  ctx: CommandContext,
  input: { token: string; password: string },
): Promise<{ sessionToken: string; userId: string }> {
  const { db } = ctx.store;
  // Refuse a bad link before spending a password hash on it; the transaction checks it again.
  await readUserToken(db, input.token);
  const passwordHash = await hashPassword(input.password);
  const used = await db.transaction().execute(async (trx) => {
    const holder = await useUserToken(trx, input.token);
    await trx
      .updateTable("users")
      .set({ password_hash: passwordHash, updated_at: nowIso() })
      .where("id", "=", holder.userId)
      .execute();
    await trx.deleteFrom("sessions").where("user_id", "=", holder.userId).execute();
    // Any other open link of theirs (an invitation, an earlier reset) is done with too.
    await trx
      .deleteFrom("user_tokens")
      .where("user_id", "=", holder.userId)
      .where("used_at", "is", null)
      .execute();
    return { sessionToken: await createSession(trx, holder.userId), userId: holder.userId };
  });
  await announceAccessChanged(ctx.bus, [used.userId]);
  return used;
}
