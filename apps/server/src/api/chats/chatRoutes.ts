import { ChatParams, LiveChat, ScoreBody } from "@parley/protocol/liveChat";
import { z } from "zod";
import type { Actor } from "../../domain/auth/actor";
import { endLiveChat } from "../../domain/chat/endLiveChat";
import { setChatScore } from "../../domain/chat/setChatScore";
import type { App, AppContext } from "../context";
import { liveChatExamples } from "./liveChatExamples";

const tags = ["inbox"];

/** An agent's actions on a chat: end it, score it. */
export function chatRoutes(app: App, ctx: AppContext): void {
  app.post(
    "/api/sites/:siteId/chats/:chatId/end",
    {
      schema: {
        summary: "End a chat",
        description:
          "The agent ends the live chat; the visitor is told. `ended` is false when it was already over.",
        tags,
        params: ChatParams,
        response: { 200: z.object({ ended: z.boolean() }) },
      },
      config: { examples: liveChatExamples.end, policy: "livechat.answer" },
    },
    async (request) => ({
      ended: await endLiveChat(ctx, request.params.chatId, {
        kind: "agent",
        actor: request.actor as Actor,
        siteId: request.params.siteId,
      }),
    }),
  );
  app.put(
    "/api/sites/:siteId/chats/:chatId/score",
    {
      schema: {
        summary: "Score a chat",
        description: "The agent sets the chat's lead score.",
        tags,
        params: ChatParams,
        body: ScoreBody,
        response: { 200: LiveChat },
      },
      config: { examples: liveChatExamples.score, policy: "livechat.answer" },
    },
    async (request) =>
      setChatScore(
        ctx,
        request.actor as Actor,
        request.params.siteId,
        request.params.chatId,
        request.body.score,
      ),
  );
}
