import type { User } from "@parley/protocol/users";
import type { Kysely } from "kysely";
import { randomToken } from "../../lib/ids";
import { passwordLinkMail } from "../../mail/passwordLinkMail";
import { queueMail } from "../../mail/queueMail";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { issueUserToken } from "../auth/userTokens";
import { assertMayGrantRole } from "./assertMayGrantRole";
import { assertMayGrantSites } from "./assertMayGrantSites";
import { createUser } from "./createUser";

/**
 * Invites someone by email: the user is created (by the rules of adding one) with a password nobody
 * knows, and mailed a single-use link, valid 7 days, where they choose their own. One transaction:
 * the rights are checked where the user is written, and the mail goes out only if it commits.
 */
export async function inviteUser(
  db: Kysely<Database>,
  actor: Actor,
  input: { email: string; name: string; roleId: string; siteIds: string[] | null },
  publicUrl: string,
): Promise<User> {
  return db.transaction().execute(async (trx) => {
    await assertMayGrantSites(trx, actor, { granted: input.siteIds });
    await assertMayGrantRole(trx, actor, { granted: input.roleId });
    const user = await createUser(trx, { ...input, password: randomToken() });
    const token = await issueUserToken(trx, user.id, "invite");
    await queueMail(
      trx,
      passwordLinkMail({
        purpose: "invite",
        userId: user.id,
        to: user.email,
        name: user.name,
        publicUrl,
        token,
        invitedBy: actor.kind === "user" ? actor.name : undefined,
      }),
    );
    return user;
  });
}
