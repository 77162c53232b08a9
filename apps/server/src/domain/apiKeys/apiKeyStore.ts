import type { ApiKey } from "@parley/protocol/apiKeys";
import type { Permission } from "@parley/protocol/permissions";
import type { Kysely } from "kysely";
import { forbidden, notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId, randomToken, sha256 } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { ApiKeyTable, Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { permissionsOf } from "../auth/sessions";
import { grantableSites, sitesWithin } from "../auth/siteReach";

const siteIdsOf = (row: Pick<ApiKeyTable, "site_ids">): string[] | null =>
  parseJson<string[] | null>(row.site_ids, null);

const present = (row: ApiKeyTable): ApiKey => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  scopes: parseJson<Permission[]>(row.scopes, []),
  siteIds: siteIdsOf(row),
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

/** Whether the actor reaches every site the key reaches: a manager limited to some sites sees and revokes only such keys. */
const mayManage = (actor: Actor, row: ApiKeyTable): boolean => sitesWithin(siteIdsOf(row), actor.siteIds);

/** The keys the actor may manage, newest first. */
export async function listApiKeys(db: Kysely<Database>, actor: Actor): Promise<ApiKey[]> {
  const rows = await db.selectFrom("api_keys").selectAll().orderBy("created_at", "desc").execute();
  return rows.filter((row) => mayManage(actor, row)).map(present);
}

/**
 * The sites a new key may reach: by default its creator's; a narrower list must name existing sites
 * within the creator's reach (sites they cannot reach read as not existing), never "every site" for a
 * limited creator.
 */
async function grantedSites(
  db: Kysely<Database>,
  creator: Actor,
  wanted: string[] | null | undefined,
): Promise<string[] | null> {
  if (wanted === undefined) return creator.siteIds === null ? null : [...creator.siteIds];
  return grantableSites(
    db,
    creator,
    wanted,
    "A key can reach only sites you can reach: choose them instead of every site",
  );
}

/**
 * Creates a key; its secret is returned once and only its hash is stored. Scopes cannot exceed the
 * creator's permissions, nor its sites the creator's site access.
 */
export async function createApiKey(
  db: Kysely<Database>,
  creator: Actor,
  input: { name: string; scopes: Permission[]; siteIds?: string[] | null },
): Promise<{ apiKey: ApiKey; secret: string }> {
  const beyond = input.scopes.filter((s) => !creator.permissions.has(s));
  if (beyond.length) throw forbidden(`You cannot grant scopes you do not hold: ${beyond.join(", ")}`);
  const siteIds = await grantedSites(db, creator, input.siteIds);
  const secret = `pk_${randomToken(30)}`;
  const row: ApiKeyTable = {
    id: newId(),
    name: input.name,
    prefix: secret.slice(0, 10),
    secret_hash: sha256(secret),
    scopes: toJson([...new Set(input.scopes)]),
    site_ids: siteIds === null ? null : toJson(siteIds),
    created_by: creator.id,
    created_at: nowIso(),
    last_used_at: null,
    revoked_at: null,
  };
  await db.insertInto("api_keys").values(row).execute();
  return { apiKey: present(row), secret };
}

/** Revokes a key; one that reaches sites the actor cannot reach answers as missing. Revoking twice is harmless. */
export async function revokeApiKey(db: Kysely<Database>, actor: Actor, id: string): Promise<ApiKey> {
  const found = await db.selectFrom("api_keys").selectAll().where("id", "=", id).executeTakeFirst();
  if (!found || !mayManage(actor, found)) throw notFound("API key");
  await db
    .updateTable("api_keys")
    .set({ revoked_at: nowIso() })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .execute();
  const row = await db.selectFrom("api_keys").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("API key");
  return present(row);
}

/** The sites both lists reach (null: every site). */
const intersectSites = (a: string[] | null, b: string[] | null): string[] | null =>
  a === null ? b : b === null ? a : a.filter((id) => b.includes(id));

/**
 * The actor behind a bearer secret, or null when unknown, revoked or its creator is deactivated. A key
 * acts with its scopes and sites narrowed by what its creator may do now (role and site access today,
 * not at creation), so taking a right from a user takes it from their keys too.
 */
export async function actorFromApiKey(db: Kysely<Database>, secret: string): Promise<Actor | null> {
  const row = await db
    .selectFrom("api_keys")
    .innerJoin("users", "users.id", "api_keys.created_by")
    .innerJoin("roles", "roles.id", "users.role_id")
    .select([
      "api_keys.id",
      "api_keys.name",
      "api_keys.scopes",
      "api_keys.site_ids",
      "api_keys.revoked_at",
      "api_keys.last_used_at",
      "api_keys.created_by",
      "users.active as creatorActive",
      "users.site_ids as creatorSiteIds",
      "roles.permissions as creatorPermissions",
    ])
    .where("api_keys.secret_hash", "=", sha256(secret))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.creatorActive !== 1) return null;
  // Record use at most once a minute to keep reads cheap.
  const now = nowIso();
  if (!row.last_used_at || Date.parse(now) - Date.parse(row.last_used_at) > 60_000) {
    await db.updateTable("api_keys").set({ last_used_at: now }).where("id", "=", row.id).execute();
  }
  const creatorMay = permissionsOf(row.creatorPermissions);
  return {
    kind: "apiKey",
    id: row.id,
    name: row.name,
    createdBy: row.created_by,
    permissions: new Set([...permissionsOf(row.scopes)].filter((p) => creatorMay.has(p))),
    siteIds: intersectSites(siteIdsOf(row), parseJson<string[] | null>(row.creatorSiteIds, null)),
  };
}
