import { LiveChatSettings, type UpdateLiveChatSettingsBody } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { readLiveChatSettings } from "./readLiveChatSettings";

/** Merges the given settings over the site's stored ones (the body was validated field by field). */
export async function updateLiveChatSettings(
  db: Kysely<Database>,
  siteId: string,
  patch: UpdateLiveChatSettingsBody,
): Promise<LiveChatSettings> {
  return db.transaction().execute(async (trx) => {
    const merged = LiveChatSettings.parse({ ...(await readLiveChatSettings(trx, siteId)), ...patch });
    await trx
      .updateTable("sites")
      .set({ livechat_settings: toJson(merged), updated_at: nowIso() })
      .where("id", "=", siteId)
      .execute();
    return merged;
  });
}
