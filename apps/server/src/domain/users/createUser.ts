import type { User } from "@parley/protocol/users";
import type { Kysely } from "kysely";
import { conflict, fieldProblem, notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { hashPassword } from "../auth/passwords";
import { presentUser } from "./presentUser";

export interface NewUser {
  email: string;
  name: string;
  password: string;
  roleId: string;
  siteIds: string[] | null;
}

export async function createUser(db: Kysely<Database>, input: NewUser): Promise<User> {
  const role = await db.selectFrom("roles").select("id").where("id", "=", input.roleId).executeTakeFirst();
  if (!role) throw notFound("Role");
  const taken = await db.selectFrom("users").select("id").where("email", "=", input.email).executeTakeFirst();
  if (taken)
    throw conflict(
      `A user with the email ${input.email} already exists`,
      fieldProblem("email", "is already taken"),
    );
  const now = nowIso();
  const row = {
    id: newId(),
    email: input.email,
    name: input.name,
    password_hash: await hashPassword(input.password),
    role_id: input.roleId,
    site_ids: input.siteIds === null ? null : toJson(input.siteIds),
    active: 1,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("users").values(row).execute();
  return presentUser(row);
}
