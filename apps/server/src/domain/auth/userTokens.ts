import type { PasswordLinkPurpose } from "@parley/protocol/mail";
import type { Kysely } from "kysely";
import { AppError } from "../../errors";
import { nowIso } from "../../lib/clock";
import { randomToken, sha256 } from "../../lib/ids";
import type { Database } from "../../store/schema";

/** How long a link works. */
export const TOKEN_TTL_MS: Record<PasswordLinkPurpose, number> = {
  invite: 7 * 24 * 3600 * 1000,
  password_reset: 3600 * 1000,
};
export const TOKEN_VALID_FOR: Record<PasswordLinkPurpose, string> = {
  invite: "7 days",
  password_reset: "1 hour",
};

/**
 * Issues the token of an invitation or password-reset link: 256 random bits, of which only the hash
 * is stored. An older unused link of the same purpose for the user stops working.
 */
export async function issueUserToken(
  db: Kysely<Database>,
  userId: string,
  purpose: PasswordLinkPurpose,
): Promise<string> {
  const token = randomToken();
  await db
    .deleteFrom("user_tokens")
    .where("user_id", "=", userId)
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .execute();
  await db
    .insertInto("user_tokens")
    .values({
      id: sha256(token),
      user_id: userId,
      purpose,
      expires_at: nowIso(TOKEN_TTL_MS[purpose]),
      used_at: null,
      created_at: nowIso(),
    })
    .execute();
  return token;
}

export interface TokenHolder {
  userId: string;
  purpose: PasswordLinkPurpose;
  email: string;
  name: string;
  expiresAt: string;
}

/** The user a link is for, or a plain refusal: unknown, already used, expired, or the account is off. */
export async function readUserToken(db: Kysely<Database>, token: string): Promise<TokenHolder> {
  const row = await db
    .selectFrom("user_tokens")
    .innerJoin("users", "users.id", "user_tokens.user_id")
    .select([
      "user_tokens.user_id",
      "user_tokens.purpose",
      "user_tokens.expires_at",
      "user_tokens.used_at",
      "users.email",
      "users.name",
      "users.active",
    ])
    .where("user_tokens.id", "=", sha256(token))
    .executeTakeFirst();
  if (!row || row.active !== 1)
    throw new AppError("not_found", "This link is not valid. Ask for a new one.", { reason: "unknown" });
  if (row.used_at !== null)
    throw new AppError("not_found", "This link has already been used. Ask for a new one if you need it.", {
      reason: "used",
    });
  if (row.expires_at <= nowIso())
    throw new AppError("not_found", "This link has expired. Ask for a new one.", { reason: "expired" });
  return {
    userId: row.user_id,
    purpose: row.purpose,
    email: row.email,
    name: row.name,
    expiresAt: row.expires_at,
  };
}

/** Uses a link up; of two uses at once only one succeeds (the other reads it as used). */
export async function useUserToken(db: Kysely<Database>, token: string): Promise<TokenHolder> {
  const holder = await readUserToken(db, token);
  const result = await db
    .updateTable("user_tokens")
    .set({ used_at: nowIso() })
    .where("id", "=", sha256(token))
    .where("used_at", "is", null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n)
    throw new AppError("not_found", "This link has already been used. Ask for a new one if you need it.", {
      reason: "used",
    });
  return holder;
}
