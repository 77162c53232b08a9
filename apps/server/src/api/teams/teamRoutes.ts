import { IdParams, OkResponse } from "@parley/protocol/common";
import { CreateTeamBody, Team, UpdateTeamBody } from "@parley/protocol/teams";
import { z } from "zod";
import { createTeam, deleteTeam, getTeam, listTeams, updateTeam } from "../../domain/teams/teamStore";
import type { Actor } from "../../domain/auth/actor";
import type { App, AppContext } from "../context";
import { userExamples } from "../users/userExamples";

const tags = ["teams"];

export function teamRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/teams",
    {
      schema: {
        summary: "List teams",
        description: "The agent teams with their members (routing targets for live chats and meetings).",
        tags,
        response: { 200: z.array(Team) },
      },
      config: { examples: userExamples.teams, policy: ["agents.manage", "routing.manage"] },
    },
    async () => listTeams(db),
  );
  app.get(
    "/api/teams/:id",
    {
      schema: {
        summary: "Get a team",
        description: "One team with its members.",
        tags,
        params: IdParams,
        response: { 200: Team },
      },
      config: { examples: userExamples.team, policy: ["agents.manage", "routing.manage"] },
    },
    async (request) => getTeam(db, request.params.id),
  );
  app.post(
    "/api/teams",
    {
      schema: {
        summary: "Create a team",
        description: "A team of agents the caller reaches.",
        tags,
        body: CreateTeamBody,
        response: { 201: Team },
      },
      config: { examples: userExamples.createTeam, policy: "agents.manage" },
    },
    async (request, reply) =>
      reply.status(201).send(await createTeam(db, request.actor as Actor, request.body)),
  );
  app.patch(
    "/api/teams/:id",
    {
      schema: {
        summary: "Update a team",
        description: "Renames the team or changes its members; members the caller cannot see stay.",
        tags,
        params: IdParams,
        body: UpdateTeamBody,
        response: { 200: Team },
      },
      config: { examples: userExamples.updateTeam, policy: "agents.manage" },
    },
    async (request) => updateTeam(db, request.actor as Actor, request.params.id, request.body),
  );
  app.delete(
    "/api/teams/:id",
    {
      schema: {
        summary: "Delete a team",
        description: "Deletes the team.",
        tags,
        params: IdParams,
        response: { 200: OkResponse },
      },
      config: { examples: userExamples.deleteTeam, policy: "agents.manage" },
    },
    async (request) => {
      await deleteTeam(db, request.params.id);
      return { ok: true as const };
    },
  );
}
