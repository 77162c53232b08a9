import { Branding, type Site, type UpdateSiteBody } from "@parley/protocol/sites";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { presentSite } from "./presentSite";

/** Applies a partial update; branding is merged key by key so one colour can change alone. */
export async function updateSite(
  db: Kysely<Database>,
  id: string,
  patch: z.output<typeof UpdateSiteBody>,
): Promise<Site> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom("sites").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("Site");
    const current = presentSite(row);
    await trx
      .updateTable("sites")
      .set({
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.allowedDomains !== undefined && { allowed_domains: toJson(patch.allowedDomains) }),
        ...(patch.branding !== undefined && {
          branding: toJson(Branding.parse({ ...current.branding, ...patch.branding })),
        }),
        ...(patch.chatEnabled !== undefined && { chat_enabled: patch.chatEnabled ? 1 : 0 }),
        ...(patch.blockedEmailDomains !== undefined && {
          blocked_email_domains: toJson(patch.blockedEmailDomains),
        }),
        ...(patch.privacyUrl !== undefined && { privacy_url: patch.privacyUrl }),
        ...(patch.language !== undefined && { language: patch.language }),
        ...(patch.restartAfterDays !== undefined && { restart_after_days: patch.restartAfterDays }),
        updated_at: nowIso(),
      })
      .where("id", "=", id)
      .execute();
    return presentSite(
      await trx.selectFrom("sites").selectAll().where("id", "=", id).executeTakeFirstOrThrow(),
    );
  });
}
