import { LiveChatSettings } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import { AppError } from "../../errors";
import { parseStoredSettings } from "../../lib/parseStoredSettings";
import type { Database } from "../../store/schema";

/** The site's live-chat settings, every missing one at its default. */
export async function readLiveChatSettings(db: Kysely<Database>, siteId: string): Promise<LiveChatSettings> {
  const site = await db
    .selectFrom("sites")
    .select("livechat_settings")
    .where("id", "=", siteId)
    .executeTakeFirst();
  if (!site) throw new AppError("not_found", "Site not found");
  return parseLiveChatSettings(site.livechat_settings);
}

/** A stored settings column, read leniently (see parseStoredSettings). */
export function parseLiveChatSettings(json: string): LiveChatSettings {
  return parseStoredSettings(LiveChatSettings, json);
}
