import { Branding, type CreateSiteBody, type Site } from "@parley/protocol/sites";
import type { Kysely, Transaction } from "kysely";
import { IANAZone } from "luxon";
import type { z } from "zod";
import { invalidField } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId, randomToken } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { BUILT_IN_FIELDS } from "./builtInFields";
import { presentSite } from "./presentSite";

/** Adds a site to a stored site list; every-site (null) stays as it is. */
async function addSite(
  trx: Transaction<Database>,
  table: "users" | "api_keys",
  id: string,
  siteId: string,
): Promise<void> {
  const row = await trx.selectFrom(table).select("site_ids").where("id", "=", id).executeTakeFirst();
  const sites = parseJson<string[] | null>(row?.site_ids ?? null, null);
  if (!row || sites === null) return;
  await trx
    .updateTable(table)
    .set({ site_ids: toJson([...sites, siteId]) })
    .where("id", "=", id)
    .execute();
}

/**
 * Whoever creates a site can reach it, even when their access is limited to some sites. A key acts
 * for its creator, so the site joins both the key's sites and its creator's.
 */
async function extendReach(trx: Transaction<Database>, creator: Actor, siteId: string): Promise<void> {
  if (creator.siteIds === null) return;
  if (creator.kind === "user") return addSite(trx, "users", creator.id, siteId);
  await addSite(trx, "api_keys", creator.id, siteId);
  await addSite(trx, "users", creator.createdBy, siteId);
}

export async function createSite(
  db: Kysely<Database>,
  input: z.output<typeof CreateSiteBody>,
  options: { demo?: boolean; creator?: Actor } = {},
): Promise<Site> {
  assertTimeZone(input.timeZone);
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
    time_zone: input.timeZone,
    is_demo: options.demo ? 1 : 0,
    identity_secret: randomToken(32),
    livechat_settings: "{}",
    meeting_settings: "{}",
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
    if (options.creator) await extendReach(trx, options.creator, row.id);
  });
  return presentSite(row);
}

/** A site's zone must be one the runtime knows (IANA), or its reports' days would be wrong. */
export function assertTimeZone(timeZone: string | undefined): void {
  if (timeZone !== undefined && !IANAZone.isValidZone(timeZone))
    throw invalidField("timeZone", "is not a time zone such as Europe/Paris");
}
