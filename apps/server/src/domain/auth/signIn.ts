import { AppError } from "../../errors";
import { clock, nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import type { Store } from "../../store/db";
import { lockInTransaction } from "../../store/lockInTransaction";
import { verifyPassword } from "./passwords";
import { createSession } from "./sessions";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

// Verifying against a real hash keeps the timing the same whether or not the email exists.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$iBb/rI0LC5R7QHmKEkU9Vg$5AUzH6BWew5htcHsRlHeXJIKATY8Szr9vbhyE8OLx7c";

/** 429 with Retry-After, counted from the oldest failure still in the window. */
function tooManyAttempts(oldestAt: string | null): AppError {
  const oldest = oldestAt ? Date.parse(oldestAt) : clock().now();
  const retryAfter = Math.max(1, Math.ceil((oldest + SIGN_IN_WINDOW_MS - clock().now()) / 1000));
  return new AppError(
    "rate_limited",
    `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
    { retryAfterSeconds: retryAfter },
    { "retry-after": String(retryAfter) },
  );
}

/**
 * Counts the failures in the window and, when under the limit, records this attempt as a failure
 * before its password is checked — one transaction holding a lock on the email and on the address, so
 * parallel attempts queue here and at most the limit ever reach the password check. Returns the
 * attempt's id.
 */
async function reserveAttempt(store: Store, input: { email: string; ip: string }): Promise<string> {
  return store.db.transaction().execute(async (trx) => {
    await lockInTransaction(trx, store.kind, [`sign-in:email:${input.email}`, `sign-in:ip:${input.ip}`]);
    const since = nowIso(-SIGN_IN_WINDOW_MS);
    const failures = await trx
      .selectFrom("sign_in_attempts")
      .select(({ fn }) => [fn.countAll<number>().as("n"), fn.min("at").as("oldest")])
      .where("succeeded", "=", 0)
      .where("at", ">", since)
      .where((eb) => eb.or([eb("email", "=", input.email), eb("ip", "=", input.ip)]))
      .executeTakeFirstOrThrow();
    const byEmail = await trx
      .selectFrom("sign_in_attempts")
      .select(({ fn }) => fn.countAll<number>().as("n"))
      .where("succeeded", "=", 0)
      .where("at", ">", since)
      .where("email", "=", input.email)
      .executeTakeFirstOrThrow();
    if (Number(byEmail.n) >= MAX_FAILURES_PER_EMAIL || Number(failures.n) >= MAX_FAILURES_PER_IP)
      throw tooManyAttempts(failures.oldest === null ? null : String(failures.oldest));
    const id = newId();
    await trx
      .insertInto("sign_in_attempts")
      .values({ id, email: input.email, ip: input.ip, succeeded: 0, at: nowIso() })
      .execute();
    return id;
  });
}

/**
 * Checks email and password and opens a session. Failed attempts are counted in the database
 * (so the limit holds across server nodes); past the limit the answer is 429 with Retry-After.
 */
export async function signIn(
  store: Store,
  input: { email: string; password: string; ip: string },
): Promise<{ token: string; userId: string }> {
  const attemptId = await reserveAttempt(store, input);
  const { db } = store;
  const user = await db
    .selectFrom("users")
    .select(["id", "password_hash", "active"])
    .where("email", "=", input.email)
    .executeTakeFirst();
  const ok = (await verifyPassword(user?.password_hash ?? DUMMY_HASH, input.password)) && user?.active === 1;
  if (!ok || !user) throw new AppError("invalid_credentials", "Email or password is wrong");
  await db.updateTable("sign_in_attempts").set({ succeeded: 1 }).where("id", "=", attemptId).execute();
  return { token: await createSession(db, user.id), userId: user.id };
}
