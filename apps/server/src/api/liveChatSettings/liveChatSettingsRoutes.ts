import { SiteParams } from "@parley/protocol/common";
import { LiveChatSettings, UpdateLiveChatSettingsBody } from "@parley/protocol/liveChat";
import { readLiveChatSettings } from "../../domain/agents/readLiveChatSettings";
import { updateLiveChatSettings } from "../../domain/agents/updateLiveChatSettings";
import type { App, AppContext } from "../context";

const tags = ["live chat"];

/** A site's live-chat settings: agents read them, routing managers change them. */
export function liveChatSettingsRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/sites/:siteId/livechat/settings",
    {
      schema: { tags, params: SiteParams, response: { 200: LiveChatSettings } },
      config: { policy: ["livechat.answer", "routing.manage"] },
    },
    async (request) => readLiveChatSettings(db, request.params.siteId),
  );
  app.put(
    "/api/sites/:siteId/livechat/settings",
    {
      schema: {
        tags,
        params: SiteParams,
        body: UpdateLiveChatSettingsBody,
        response: { 200: LiveChatSettings },
      },
      config: { policy: "routing.manage" },
    },
    async (request) => updateLiveChatSettings(db, request.params.siteId, request.body),
  );
}
