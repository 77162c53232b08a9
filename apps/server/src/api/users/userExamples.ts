import type { Role } from "@parley/protocol/roles";
import type { Team } from "@parley/protocol/teams";
import type { User } from "@parley/protocol/users";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";

const user: User = {
  id: EX.agentId,
  email: "grace@example.com",
  name: "Grace Hopper",
  roleId: "r-live-agent",
  siteIds: [EX.siteId],
  active: true,
  createdAt: EX.created,
};
const role: Role = {
  id: "r-campaigns",
  key: null,
  name: "Campaign editor",
  permissions: ["dialogues.view", "dialogues.manage", "reports.view"],
  builtIn: false,
};
const team: Team = { id: EX.teamId, name: "Sales EMEA", memberIds: [EX.agentId, EX.userId] };

export const userExamples = {
  list: { response: { 200: [user] } },
  get: { response: { 200: user } },
  create: {
    body: {
      email: "grace@example.com",
      name: "Grace Hopper",
      password: "correct-horse-battery",
      roleId: "r-live-agent",
      siteIds: [EX.siteId],
    },
    response: { 201: user },
  },
  invite: {
    body: { email: "grace@example.com", name: "Grace Hopper", roleId: "r-live-agent", siteIds: [EX.siteId] },
    response: { 201: user },
  },
  update: {
    body: { roleId: "r-sales-admin", siteIds: null },
    response: { 200: { ...user, roleId: "r-sales-admin", siteIds: null } },
  },
  deactivate: { response: { 200: { ...user, active: false } } },
  permissions: {
    response: {
      200: [
        {
          area: "activities",
          permissions: [
            { name: "people.view", label: "View people and companies" },
            { name: "reports.view", label: "View reports" },
          ],
        },
      ],
    },
  },
  roles: { response: { 200: [role] } },
  createRole: {
    body: { name: "Campaign editor", permissions: ["dialogues.view", "dialogues.manage", "reports.view"] },
    response: { 201: role },
  },
  updateRole: {
    body: { permissions: ["dialogues.view", "dialogues.manage"] },
    response: { 200: { ...role, permissions: ["dialogues.view", "dialogues.manage"] } },
  },
  deleteRole: { response: { 200: { ok: true } } },
  teams: { response: { 200: [team] } },
  team: { response: { 200: team } },
  createTeam: { body: { name: "Sales EMEA", memberIds: [EX.agentId, EX.userId] }, response: { 201: team } },
  updateTeam: { body: { memberIds: [EX.agentId] }, response: { 200: { ...team, memberIds: [EX.agentId] } } },
  deleteTeam: { response: { 200: { ok: true } } },
} satisfies Record<string, RouteExamples>;
