import { SiteParams } from "@parley/protocol/common";
import { MeetingSettings, UpdateMeetingSettingsBody } from "@parley/protocol/meetings";
import { readMeetingSettings } from "../../domain/meetings/readMeetingSettings";
import { updateMeetingSettings } from "../../domain/meetings/updateMeetingSettings";
import type { App, AppContext } from "../context";
import { agentExamples } from "../agents/agentExamples";

const tags = ["meetings"];
/** Who configures a site's invitations: its admins and whoever manages meetings. */
const MANAGERS = ["sites.manage", "meetings.manage"] as const;

/** A site's meeting settings: invitation title, subject and body (with tokens), video link, no-slots text, link cutoff. */
export function meetingSettingsRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/sites/:siteId/meeting-settings",
    {
      schema: {
        summary: "Read meeting settings",
        description:
          "The site's invitation title, subject and body (with tokens), video link, no-slots text and link cutoff.",
        tags,
        params: SiteParams,
        response: { 200: MeetingSettings },
      },
      config: { examples: agentExamples.meetingSettings, policy: MANAGERS },
    },
    async (request) => readMeetingSettings(db, request.params.siteId),
  );
  app.patch(
    "/api/sites/:siteId/meeting-settings",
    {
      schema: {
        summary: "Update meeting settings",
        description:
          "Changes what is given of the site's meeting settings; unknown tokens are refused (400).",
        tags,
        params: SiteParams,
        body: UpdateMeetingSettingsBody,
        response: { 200: MeetingSettings },
      },
      config: { examples: agentExamples.updateMeetingSettings, policy: MANAGERS },
    },
    async (request) => updateMeetingSettings(db, request.params.siteId, request.body),
  );
}
