import { IdParams, SiteParams } from "@parley/protocol/common";
import {
  AgentProfile,
  AgentSummaryList,
  SetAvailabilityBody,
  UpdateAgentProfileBody,
} from "@parley/protocol/liveChat";
import type { Actor } from "../../domain/auth/actor";
import { selfId } from "../../domain/agents/editableAgent";
import { listAgentStates } from "../../domain/agents/listAgentStates";
import { presentAgentSummary } from "../../domain/agents/presentAgentSummary";
import { readAgentProfile } from "../../domain/agents/readAgentProfile";
import { readLiveChatSettings } from "../../domain/agents/readLiveChatSettings";
import { setAgentAvailability } from "../../domain/agents/setAgentAvailability";
import { updateAgentProfile } from "../../domain/agents/updateAgentProfile";
import type { App, AppContext } from "../context";
import { agentExamples } from "./agentExamples";

const tags = ["agents"];
const PROFILE_POLICY = ["livechat.answer", "availability.manage_own"] as const;

/** The signed-in agent's profile and toggle, a manager's changes to an agent, a site's agents now. */
export function agentRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/agents/me",
    {
      schema: {
        summary: "Your agent profile",
        description:
          "The signed-in agent's profile: teams, state now, open chats and limit, time zone, chat hours and availability toggle.",
        tags,
        response: { 200: AgentProfile },
      },
      config: { examples: agentExamples.me, policy: PROFILE_POLICY },
    },
    async (request) => readAgentProfile(db, ctx.presence, selfId(request.actor as Actor)),
  );
  app.patch(
    "/api/agents/me",
    {
      schema: {
        summary: "Update your agent profile",
        description:
          "Changes the signed-in agent's time zone, weekly chat hours or concurrency limit (null: the site default).",
        tags,
        body: UpdateAgentProfileBody,
        response: { 200: AgentProfile },
      },
      config: { examples: agentExamples.updateMe, policy: PROFILE_POLICY },
    },
    async (request) => {
      const actor = request.actor as Actor;
      return updateAgentProfile(ctx, actor, selfId(actor), request.body);
    },
  );
  app.put(
    "/api/agents/me/availability",
    {
      schema: {
        summary: "Set your chat availability",
        description: "Toggles the signed-in agent available or away for live chats.",
        tags,
        body: SetAvailabilityBody,
        response: { 200: AgentProfile },
      },
      config: { examples: agentExamples.availability, policy: "livechat.answer" },
    },
    async (request) => setAgentAvailability(ctx, selfId(request.actor as Actor), request.body.availability),
  );
  app.patch(
    "/api/agents/:id",
    {
      schema: {
        summary: "Update an agent's profile",
        description: "An agent manager changes an agent's time zone, chat hours or concurrency limit.",
        tags,
        params: IdParams,
        body: UpdateAgentProfileBody,
        response: { 200: AgentProfile },
      },
      config: { examples: agentExamples.update, policy: "agents.manage" },
    },
    async (request) =>
      updateAgentProfile(ctx, request.actor as Actor, request.params.id, request.body, false),
  );
  app.get(
    "/api/sites/:siteId/agents",
    {
      schema: {
        summary: "List a site's agents",
        description:
          "The agents who can answer the site's chats, each with their state now and number of open chats.",
        tags,
        params: SiteParams,
        response: { 200: AgentSummaryList },
      },
      config: {
        examples: agentExamples.siteAgents,
        policy: ["livechat.answer", "agents.manage", "routing.manage"],
      },
    },
    async (request) => {
      const { siteId } = request.params;
      const rows = await listAgentStates(db, ctx.presence, siteId, await readLiveChatSettings(db, siteId));
      return { items: rows.map(presentAgentSummary) };
    },
  );
}
