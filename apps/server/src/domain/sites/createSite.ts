import { Branding, type CreateSiteBody, type Site } from "@parley/protocol/sites";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { nowIso } from "../../lib/clock";
import { newId, randomToken } from "../../lib/ids";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { BUILT_IN_FIELDS } from "./builtInFields";
import { presentSite } from "./presentSite";

export async function createSite(
  db: Kysely<Database>,
  input: z.output<typeof CreateSiteBody>,
  options: { demo?: boolean } = {},
): Promise<Site> {
  const now = nowIso();
  const row = {
    id: newId(),
    name: input.name,
    site_key: `site_${randomToken(12)}`,
    allowed_domains: toJson(input.allowedDomains),
    branding: toJson(Branding.parse(input.branding ?? {})),
    chat_enabled: input.chatEnabled ? 1 : 0,
    blocked_email_domains: toJson(input.blockedEmailDomains),
    privacy_url: input.privacyUrl,
    language: input.language,
    restart_after_days: input.restartAfterDays,
    is_demo: options.demo ? 1 : 0,
    identity_secret: randomToken(32),
    created_at: now,
    updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("sites").values(row).execute();
    await trx
      .insertInto("field_definitions")
      .values(
        BUILT_IN_FIELDS.map((f) => ({
          id: newId(),
          site_id: row.id,
          entity: f.entity,
          key: f.key,
          label: f.label,
          type: f.type,
          options: "[]",
          built_in: 1,
          created_at: now,
        })),
      )
      .execute();
  });
  return presentSite(row);
}
