import type { Kysely } from "kysely";
import { AppError } from "../../errors";
import { sha256 } from "../../lib/ids";
import type { Database } from "../../store/schema";
import { roleIdByKey } from "../roles/ensureDefaultRoles";
import { createUser } from "../users/createUser";
import { SETUP_TOKEN_SETTING } from "./firstRun";
import { deleteSetting, getSetting } from "./settings";

/** Creates the first admin with the one-time setup token printed at start-up. */
export async function completeSetup(
  db: Kysely<Database>,
  input: { token: string; email: string; name: string; password: string },
): Promise<string> {
  const anyUser = await db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  if (anyUser) throw new AppError("setup_done", "Parley is already set up: sign in instead");
  const expected = await getSetting(db, SETUP_TOKEN_SETTING);
  if (!expected || expected !== sha256(input.token)) {
    throw new AppError(
      "forbidden",
      "This setup link is not valid; use the one printed on the server console",
    );
  }
  const admin = await createUser(db, { ...input, roleId: await roleIdByKey(db, "admin"), siteIds: null });
  await deleteSetting(db, SETUP_TOKEN_SETTING);
  return admin.id;
}

export async function needsSetup(db: Kysely<Database>): Promise<boolean> {
  return !(await db.selectFrom("users").select("id").limit(1).executeTakeFirst());
}
