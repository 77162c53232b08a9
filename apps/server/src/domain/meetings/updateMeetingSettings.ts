import { MeetingSettings, type UpdateMeetingSettingsBody } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import { badRequest } from "../../errors";
import { nowIso } from "../../lib/clock";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { MEETING_TOKENS, type MeetingToken, TITLE_TOKENS, templateProblems } from "./meetingTokens";
import { readMeetingSettings } from "./readMeetingSettings";

const TEMPLATES: [keyof MeetingSettings, readonly MeetingToken[]][] = [
  ["meetingTitle", TITLE_TOKENS],
  ["invitationSubject", MEETING_TOKENS],
  ["invitationBody", MEETING_TOKENS],
];

/**
 * Merges the given settings over the site's stored ones. A template that names a token the
 * invitation does not know (or the title one of the visitor's links) is refused, naming the token,
 * and nothing is saved.
 */
export async function updateMeetingSettings(
  db: Kysely<Database>,
  siteId: string,
  patch: UpdateMeetingSettingsBody,
): Promise<MeetingSettings> {
  const problems = TEMPLATES.flatMap(([field, allowed]) => {
    const template = patch[field];
    if (typeof template !== "string") return [];
    return templateProblems(template, allowed).map((message) => ({
      path: `/${field}`,
      message: `${field} ${message}`,
    }));
  });
  if (problems.length > 0) throw badRequest(problems.map((p) => p.message).join("; "), problems);
  return db.transaction().execute(async (trx) => {
    const merged = MeetingSettings.parse({ ...(await readMeetingSettings(trx, siteId)), ...patch });
    await trx
      .updateTable("sites")
      .set({ meeting_settings: toJson(merged), updated_at: nowIso() })
      .where("id", "=", siteId)
      .execute();
    return merged;
  });
}
