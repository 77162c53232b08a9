import type { Kysely } from "kysely";
import type { Config } from "../../env";
import { randomToken, sha256 } from "../../lib/ids";
import type { Database } from "../../store/schema";
import { ensureDefaultRoles, roleIdByKey } from "../roles/ensureDefaultRoles";
import { createSite } from "../sites/createSite";
import { createUser } from "../users/createUser";
import { publishDemoDialogue } from "./publishDemoDialogue";
import { setSetting } from "./settings";

export const SETUP_TOKEN_SETTING = "setup_token_hash";

export interface FirstRunResult {
  /** Set when no user exists and no admin was configured: where the first admin sets a password. */
  setupUrl: string | null;
  createdAdmin: string | null;
  createdDemoSite: boolean;
}

/**
 * Brings an empty database to a usable state: default roles, the first admin (from
 * PARLEY_ADMIN_EMAIL/PASSWORD, or a one-time setup link: completeSetup) and a demo site whose
 * sample dialogue books meetings and hands over to live chat. An admin from the variables gets no
 * meeting availability (automated installs and every test server start with nobody bookable); the
 * one created through the setup link does.
 */
export async function prepareFirstRun(db: Kysely<Database>, config: Config): Promise<FirstRunResult> {
  await ensureDefaultRoles(db);
  const result: FirstRunResult = { setupUrl: null, createdAdmin: null, createdDemoSite: false };

  const anyUser = await db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  if (!anyUser && config.admin) {
    const admin = await createUser(db, {
      email: config.admin.email.toLowerCase(),
      name: "Admin",
      password: config.admin.password,
      roleId: await roleIdByKey(db, "admin"),
      siteIds: null,
    });
    result.createdAdmin = admin.email;
  } else if (!anyUser) {
    const token = randomToken(24);
    await setSetting(db, SETUP_TOKEN_SETTING, sha256(token));
    result.setupUrl = `${config.publicUrl}/setup?token=${token}`;
  }

  const anySite = await db.selectFrom("sites").select("id").limit(1).executeTakeFirst();
  if (!anySite) {
    const site = await createSite(
      db,
      {
        name: "Demo site",
        allowedDomains: ["localhost", "127.0.0.1"],
        chatEnabled: true,
        blockedEmailDomains: [],
        privacyUrl: null,
        language: "auto",
        restartAfterDays: null,
        timeZone: "UTC",
      },
      { demo: true },
    );
    await publishDemoDialogue(db, site.id);
    result.createdDemoSite = true;
  }
  return result;
}
