import { SiteParams } from "@parley/protocol/common";
import { LiveChatSettings, UpdateLiveChatSettingsBody } from "@parley/protocol/liveChat";
import { readLiveChatSettings } from "../../domain/agents/readLiveChatSettings";
import { updateLiveChatSettings } from "../../domain/agents/updateLiveChatSettings";
import type { App, AppContext } from "../context";
import { agentExamples } from "../agents/agentExamples";

const tags = ["live chat"];

/** A site's live-chat settings: agents read them, routing managers change them. */
export function liveChatSettingsRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/sites/:siteId/livechat/settings",
    {
      schema: {
        summary: "Read live-chat settings",
        description:
          "The site's live-chat settings: how long an offer waits and how many agents are tried, the queue, the round-robin fallback, inactivity and away times.",
        tags,
        params: SiteParams,
        response: { 200: LiveChatSettings },
      },
      config: { examples: agentExamples.liveChatSettings, policy: ["livechat.answer", "routing.manage"] },
    },
    async (request) => readLiveChatSettings(db, request.params.siteId),
  );
  app.put(
    "/api/sites/:siteId/livechat/settings",
    {
      schema: {
        summary: "Update live-chat settings",
        description: "Changes the settings given; the others stay.",
        tags,
        params: SiteParams,
        body: UpdateLiveChatSettingsBody,
        response: { 200: LiveChatSettings },
      },
      config: { examples: agentExamples.updateLiveChatSettings, policy: "routing.manage" },
    },
    async (request) => updateLiveChatSettings(db, request.params.siteId, request.body),
  );
}
