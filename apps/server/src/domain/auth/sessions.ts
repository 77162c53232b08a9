import { isPermission, type Permission } from "@parley/protocol/permissions";
import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { randomToken, sha256 } from "../../lib/ids";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import type { CommandContext } from "../commandContext";
import type { Actor } from "./actor";
import { announceAccessChanged } from "./announceAccessChanged";

export const SESSION_COOKIE = "parley_session";
export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;

/** Creates a session; returns the token for the cookie (only its hash is stored). */
export async function createSession(db: Kysely<Database>, userId: string): Promise<string> {
  const token = randomToken();
  await db
    .insertInto("sessions")
    .values({
      id: sha256(token),
      user_id: userId,
      csrf_token: randomToken(24),
      created_at: nowIso(),
      expires_at: nowIso(SESSION_TTL_MS),
    })
    .execute();
  return token;
}

/** Ends one session (sign-out); the user's open connections re-check theirs and close. */
export async function deleteSession(ctx: CommandContext, token: string): Promise<void> {
  const { db } = ctx.store;
  const session = await db
    .selectFrom("sessions")
    .select("user_id")
    .where("id", "=", sha256(token))
    .executeTakeFirst();
  await db.deleteFrom("sessions").where("id", "=", sha256(token)).execute();
  if (session) await announceAccessChanged(ctx.bus, [session.user_id]);
}

export const permissionsOf = (json: string): Set<Permission> =>
  new Set(parseJson<string[]>(json, []).filter(isPermission));

/** The actor behind a session token, or null when the session is unknown, expired or its user inactive. */
export async function actorFromSession(db: Kysely<Database>, token: string): Promise<Actor | null> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .innerJoin("roles", "roles.id", "users.role_id")
    .select([
      "sessions.id as sessionId",
      "sessions.csrf_token",
      "sessions.expires_at",
      "users.id",
      "users.email",
      "users.name",
      "users.active",
      "users.site_ids",
      "roles.id as roleId",
      "roles.name as roleName",
      "roles.permissions",
    ])
    .where("sessions.id", "=", sha256(token))
    .executeTakeFirst();
  if (row?.active !== 1 || row.expires_at < nowIso()) return null;
  return {
    kind: "user",
    id: row.id,
    email: row.email,
    name: row.name,
    roleId: row.roleId,
    roleName: row.roleName,
    permissions: permissionsOf(row.permissions),
    siteIds: parseJson<string[] | null>(row.site_ids, null),
    sessionId: row.sessionId,
    csrfToken: row.csrf_token,
  };
}
