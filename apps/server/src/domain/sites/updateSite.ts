import { Branding, type Site, type UpdateSiteBody } from "@parley/protocol/sites";
import type { z } from "zod";
import { notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { toJson } from "../../lib/json";
import type { CommandContext } from "../commandContext";
import { assertTimeZone } from "./createSite";
import { presentSite } from "./presentSite";

/**
 * Applies a partial update; branding is merged key by key so one colour can change alone. Announces
 * `site.updated` on the site's channel once committed.
 */
export async function updateSite(
  ctx: CommandContext,
  id: string,
  patch: z.output<typeof UpdateSiteBody>,
): Promise<Site> {
  assertTimeZone(patch.timeZone);
  const site = await ctx.store.db.transaction().execute(async (trx) => {
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
        ...(patch.timeZone !== undefined && { time_zone: patch.timeZone }),
        updated_at: nowIso(),
      })
      .where("id", "=", id)
      .execute();
    return presentSite(
      await trx.selectFrom("sites").selectAll().where("id", "=", id).executeTakeFirstOrThrow(),
    );
  });
  await ctx.bus.publish({ channel: `site:${site.id}`, name: "site.updated", data: site });
  return site;
}
