import { IdParams } from "@parley/protocol/common";
import { AgentProfile, AvatarBody } from "@parley/protocol/liveChat";
import { z } from "zod";
import { readAvatar, setAgentAvatar } from "../../domain/agents/agentAvatar";
import type { Actor } from "../../domain/auth/actor";
import { notFound } from "../../errors";
import type { App, AppContext } from "../context";
import { agentExamples } from "./agentExamples";

const tags = ["agents"];
// Self or agents.manage is decided in the command; these let any user who could be either reach it.
const AVATAR_POLICY = ["livechat.answer", "availability.manage_own", "agents.manage"] as const;

/** Upload and removal of an agent's avatar, and the public image itself. */
export function avatarRoutes(app: App, ctx: AppContext): void {
  app.put(
    "/api/agents/:id/avatar",
    {
      // A 256 KB image is about 350 KB as base64: above the default body limit.
      bodyLimit: 400_000,
      schema: {
        summary: "Upload an avatar",
        description:
          "Sets an agent's avatar from a base64 PNG, JPEG or WebP image (at most 256 KB); yourself, or any agent with `agents.manage`.",
        tags,
        params: IdParams,
        body: AvatarBody,
        response: { 200: AgentProfile },
      },
      config: { examples: agentExamples.avatar, policy: AVATAR_POLICY },
    },
    async (request) => setAgentAvatar(ctx, request.actor as Actor, request.params.id, request.body.image),
  );
  app.delete(
    "/api/agents/:id/avatar",
    {
      schema: {
        summary: "Remove an avatar",
        description: "Removes the agent's avatar; initials show instead.",
        tags,
        params: IdParams,
        response: { 200: AgentProfile },
      },
      config: { examples: agentExamples.removeAvatar, policy: AVATAR_POLICY },
    },
    async (request) => setAgentAvatar(ctx, request.actor as Actor, request.params.id, null),
  );
  app.get(
    "/api/avatars/:id",
    {
      schema: {
        summary: "An agent's avatar image",
        tags,
        params: IdParams,
        querystring: z.strictObject({ v: z.string().max(64).optional() }),
        description: "The agent's avatar image (PNG, JPEG or WebP); public, as the widget shows it.",
      },
      config: { policy: "public" },
    },
    async (request, reply) => {
      const avatar = await readAvatar(ctx, request.params.id);
      if (!avatar) throw notFound("Avatar");
      // A URL naming the current version never changes; any other is revalidated.
      const current = request.query.v === avatar.version;
      return reply
        .header("content-type", avatar.type)
        .header("cache-control", current ? "public, max-age=31536000, immutable" : "no-cache")
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "default-src 'none'; sandbox")
        .send(avatar.bytes);
    },
  );
}
