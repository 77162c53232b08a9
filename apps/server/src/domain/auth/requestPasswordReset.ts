import type { Kysely } from "kysely";
import { AppError } from "../../errors";
import { clock, nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { passwordLinkMail } from "../../mail/passwordLinkMail";
import { queueMail } from "../../mail/queueMail";
import type { Database } from "../../store/schema";
import { issueUserToken } from "./userTokens";

export const RESET_WINDOW_MS = 3600 * 1000;
export const MAX_RESETS_PER_EMAIL = 3;
export const MAX_RESETS_PER_IP = 20;

/**
 * "Forgot password?": mails a single-use reset link when an active account has this email, and
 * nothing otherwise; the caller answers the same either way. Asks are limited per email and per
 * address (429). Each ask is written before it is counted, one statement each, so asks arriving at
 * once on any number of nodes each see the others and no more than the limit get through.
 * Returns whether a mail was queued (for the caller to wake the job queue).
 */
export async function requestPasswordReset(
  db: Kysely<Database>,
  input: { email: string; ip: string; publicUrl: string },
): Promise<boolean> {
  const since = nowIso(-RESET_WINDOW_MS);
  await db.deleteFrom("password_reset_requests").where("at", "<", since).execute();
  await db
    .insertInto("password_reset_requests")
    .values({ id: newId(), email: input.email, ip: input.ip, at: nowIso() })
    .execute();
  for (const [column, value, max] of [
    ["email", input.email, MAX_RESETS_PER_EMAIL],
    ["ip", input.ip, MAX_RESETS_PER_IP],
  ] as const) {
    const asked = await db
      .selectFrom("password_reset_requests")
      .select(({ fn }) => [fn.countAll<number>().as("n"), fn.min("at").as("oldest")])
      .where(column, "=", value)
      .where("at", ">=", since)
      .executeTakeFirstOrThrow();
    if (Number(asked.n) <= max) continue;
    const oldest = asked.oldest ? Date.parse(String(asked.oldest)) : clock().now();
    const retryAfter = Math.max(1, Math.ceil((oldest + RESET_WINDOW_MS - clock().now()) / 1000));
    throw new AppError(
      "rate_limited",
      `Too many password reset requests. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
      { retryAfterSeconds: retryAfter },
      { "retry-after": String(retryAfter) },
    );
  }

  return db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom("users")
      .select(["id", "email", "name", "active"])
      .where("email", "=", input.email)
      .executeTakeFirst();
    if (user?.active !== 1) return false;
    const token = await issueUserToken(trx, user.id, "password_reset");
    await queueMail(
      trx,
      passwordLinkMail({
        purpose: "password_reset",
        userId: user.id,
        to: user.email,
        name: user.name,
        publicUrl: input.publicUrl,
        token,
      }),
    );
    return true;
  });
}
