import type { Team } from "@parley/protocol/teams";
import type { Kysely } from "kysely";
import { badRequest, conflict, fieldProblem, notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { reachesUser } from "../users/reachesUser";

export async function listTeams(db: Kysely<Database>): Promise<Team[]> {
  const teams = await db.selectFrom("teams").select(["id", "name"]).orderBy("name").execute();
  const members = await db.selectFrom("team_members").select(["team_id", "user_id"]).execute();
  return teams.map((t) => ({
    ...t,
    memberIds: members.filter((m) => m.team_id === t.id).map((m) => m.user_id),
  }));
}

export async function getTeam(db: Kysely<Database>, id: string): Promise<Team> {
  const team = await db.selectFrom("teams").select(["id", "name"]).where("id", "=", id).executeTakeFirst();
  if (!team) throw notFound("Team");
  const members = await db.selectFrom("team_members").select("user_id").where("team_id", "=", id).execute();
  return { ...team, memberIds: members.map((m) => m.user_id) };
}

/**
 * Sets a team's members. A member must be a user the actor reaches (one they cannot reach reads as
 * not existing); members already in the team whom the actor cannot reach stay, as the actor never
 * saw them.
 */
async function setMembers(
  db: Kysely<Database>,
  actor: Actor,
  teamId: string,
  memberIds: string[],
): Promise<void> {
  const unique = [...new Set(memberIds)];
  const current = (
    await db.selectFrom("team_members").select("user_id").where("team_id", "=", teamId).execute()
  ).map((m) => m.user_id);
  const named = [...new Set([...unique, ...current])];
  const users = named.length
    ? await db.selectFrom("users").select(["id", "site_ids"]).where("id", "in", named).execute()
    : [];
  const reachable = new Set(
    users
      .filter((u) => reachesUser(actor, { id: u.id, siteIds: parseJson<string[] | null>(u.site_ids, null) }))
      .map((u) => u.id),
  );
  const missing = unique.filter((id) => !reachable.has(id));
  if (missing.length) throw badRequest("Some members are not users", { missing });
  const kept = current.filter((id) => !reachable.has(id) && !unique.includes(id));
  await db.deleteFrom("team_members").where("team_id", "=", teamId).execute();
  const members = [...unique, ...kept];
  if (members.length) {
    await db
      .insertInto("team_members")
      .values(members.map((user_id) => ({ team_id: teamId, user_id })))
      .execute();
  }
}

async function assertNameFree(db: Kysely<Database>, name: string, exceptId?: string): Promise<void> {
  let q = db.selectFrom("teams").select("id").where("name", "=", name);
  if (exceptId) q = q.where("id", "!=", exceptId);
  if (await q.executeTakeFirst())
    throw conflict(`A team named "${name}" already exists`, fieldProblem("name", "is already taken"));
}

export async function createTeam(
  db: Kysely<Database>,
  actor: Actor,
  input: { name: string; memberIds: string[] },
): Promise<Team> {
  return db.transaction().execute(async (trx) => {
    await assertNameFree(trx, input.name);
    const id = newId();
    await trx.insertInto("teams").values({ id, name: input.name, created_at: nowIso() }).execute();
    await setMembers(trx, actor, id, input.memberIds);
    return getTeam(trx, id);
  });
}

export async function updateTeam(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  patch: { name?: string; memberIds?: string[] },
): Promise<Team> {
  return db.transaction().execute(async (trx) => {
    await getTeam(trx, id);
    if (patch.name !== undefined) {
      await assertNameFree(trx, patch.name, id);
      await trx.updateTable("teams").set({ name: patch.name }).where("id", "=", id).execute();
    }
    if (patch.memberIds !== undefined) await setMembers(trx, actor, id, patch.memberIds);
    return getTeam(trx, id);
  });
}

export async function deleteTeam(db: Kysely<Database>, id: string): Promise<void> {
  const result = await db.deleteFrom("teams").where("id", "=", id).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound("Team");
}
