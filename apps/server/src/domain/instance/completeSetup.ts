import { IANAZone } from "luxon";
import type { Kysely } from "kysely";
import { AppError, invalidField } from "../../errors";
import { sha256 } from "../../lib/ids";
import type { Database } from "../../store/schema";
import { saveDefaultAvailability } from "../availability/saveDefaultAvailability";
import { roleIdByKey } from "../roles/ensureDefaultRoles";
import { createUser } from "../users/createUser";
import { SETUP_TOKEN_SETTING } from "./firstRun";
import { deleteSetting, getSetting } from "./settings";

/**
 * Creates the first admin with the one-time setup token printed at start-up. The admin can be booked
 * at once: office hours (Mon–Fri 09:00–17:00) in the zone their browser reported, UTC without one,
 * so the demo site's Meeting card has a host with free slots.
 */
export async function completeSetup(
  db: Kysely<Database>,
  input: { token: string; email: string; name: string; password: string; timeZone?: string },
): Promise<string> {
  const { timeZone = "UTC", ...user } = input;
  if (!IANAZone.isValidZone(timeZone))
    throw invalidField("timeZone", "is not a time zone such as Europe/Paris");
  return db.transaction().execute(async (trx) => {
    const anyUser = await trx.selectFrom("users").select("id").limit(1).executeTakeFirst();
    if (anyUser) throw new AppError("setup_done", "Parley is already set up: sign in instead");
    const expected = await getSetting(trx, SETUP_TOKEN_SETTING);
    if (!expected || expected !== sha256(user.token)) {
      throw new AppError(
        "forbidden",
        "This setup link is not valid; use the one printed on the server console",
      );
    }
    const admin = await createUser(trx, { ...user, roleId: await roleIdByKey(trx, "admin"), siteIds: null });
    await saveDefaultAvailability(trx, admin.id, timeZone);
    await deleteSetting(trx, SETUP_TOKEN_SETTING);
    return admin.id;
  });
}

export async function needsSetup(db: Kysely<Database>): Promise<boolean> {
  return !(await db.selectFrom("users").select("id").limit(1).executeTakeFirst());
}
