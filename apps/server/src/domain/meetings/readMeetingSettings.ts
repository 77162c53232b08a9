import { MeetingSettings } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import { AppError } from "../../errors";
import { parseStoredSettings } from "../../lib/parseStoredSettings";
import type { Database } from "../../store/schema";

/** The site's meeting settings (invitation texts, video link, no-slots text), every missing one at its default. */
export async function readMeetingSettings(db: Kysely<Database>, siteId: string): Promise<MeetingSettings> {
  const site = await db
    .selectFrom("sites")
    .select("meeting_settings")
    .where("id", "=", siteId)
    .executeTakeFirst();
  if (!site) throw new AppError("not_found", "Site not found");
  return parseStoredSettings(MeetingSettings, site.meeting_settings);
}
