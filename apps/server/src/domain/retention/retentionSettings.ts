import {
  PURGEABLE_CLASSES,
  RETENTION_DEFAULTS,
  type PurgeableClass,
  type RetentionSettings,
  type RetentionSettingsBody,
} from "@parley/protocol/retention";
import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { lockReachableSite } from "./lockReachableSite";

const isClass = (value: string): value is PurgeableClass =>
  (PURGEABLE_CLASSES as readonly string[]).includes(value);

/** A site's retention periods: what its managers saved, the defaults of product.md §9 for the rest. */
export async function readRetentionSettings(
  db: Kysely<Database>,
  siteId: string,
): Promise<RetentionSettings> {
  const rows = await db
    .selectFrom("retention_settings")
    .select(["data_class", "days", "updated_at"])
    .where("site_id", "=", siteId)
    .execute();
  const settings: RetentionSettings = { siteId, ...RETENTION_DEFAULTS, aggregates: null, updatedAt: null };
  for (const row of rows) {
    if (!isClass(row.data_class)) continue;
    settings[row.data_class] = row.days === null ? null : Number(row.days);
    if (settings.updatedAt === null || row.updated_at > settings.updatedAt)
      settings.updatedAt = row.updated_at;
  }
  return settings;
}

/**
 * Saves the body's periods (already validated against their bounds), in one transaction
 * that checks the actor still reaches the site. Two managers saving at once: the later save wins
 * whole, never a mix of both.
 */
export async function saveRetentionSettings(
  db: Kysely<Database>,
  actor: Actor,
  siteId: string,
  body: RetentionSettingsBody,
): Promise<RetentionSettings> {
  return db.transaction().execute(async (trx) => {
    await lockReachableSite(trx, actor, siteId);
    const now = nowIso();
    const updatedBy = actor.kind === "user" ? actor.id : actor.createdBy;
    for (const dataClass of PURGEABLE_CLASSES) {
      const days = body[dataClass];
      // A class the body leaves out (webhookDeliveries, for clients older than it) keeps its period.
      if (days === undefined) continue;
      await trx
        .insertInto("retention_settings")
        .values({
          site_id: siteId,
          data_class: dataClass,
          days,
          updated_by: updatedBy,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc.columns(["site_id", "data_class"]).doUpdateSet({ days, updated_by: updatedBy, updated_at: now }),
        )
        .execute();
    }
    return readRetentionSettings(trx, siteId);
  });
}
