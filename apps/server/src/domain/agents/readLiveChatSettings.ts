import { LiveChatSettings } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import { AppError } from "../../errors";
import { parseJson } from "../../lib/json";
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

/** A stored settings column, read leniently: a value an older version wrote that no longer fits is its default. */
export function parseLiveChatSettings(json: string): LiveChatSettings {
  const stored = parseJson<Record<string, unknown>>(json, {});
  const parsed = LiveChatSettings.safeParse(stored);
  if (parsed.success) return parsed.data;
  const keep = Object.fromEntries(
    Object.entries(stored).filter(
      ([key, value]) => LiveChatSettings.shape[key as keyof LiveChatSettings]?.safeParse(value).success,
    ),
  );
  return LiveChatSettings.parse(keep);
}
