import { IdParams, OkResponse } from "@parley/protocol/common";
import { PERMISSION_AREAS, PERMISSION_LABELS, type Permission } from "@parley/protocol/permissions";
import { CreateRoleBody, Role, UpdateRoleBody } from "@parley/protocol/roles";
import { z } from "zod";
import type { Actor } from "../../domain/auth/actor";
import { assertMayEditRole } from "../../domain/roles/assertMayEditRole";
import { createRole, deleteRole, listRoles, updateRole } from "../../domain/roles/roleStore";
import type { App, AppContext } from "../context";
import { userExamples } from "../users/userExamples";

const tags = ["roles"];

export function roleRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;

  app.get(
    "/api/permissions",
    {
      schema: {
        summary: "List permissions",
        description:
          "Every permission by area (conversations, activities, agents, configuration) with its label: what roles and API key scopes are made of.",
        tags,
        response: {
          200: z.array(
            z.object({
              area: z.string(),
              permissions: z.array(z.object({ name: z.string(), label: z.string() })),
            }),
          ),
        },
      },
      config: { examples: userExamples.permissions, policy: "users.manage" },
    },
    async () =>
      Object.entries(PERMISSION_AREAS).map(([area, names]) => ({
        area,
        permissions: names.map((name: Permission) => ({ name, label: PERMISSION_LABELS[name] })),
      })),
  );

  app.get(
    "/api/roles",
    {
      schema: {
        summary: "List roles",
        description: "The default and custom roles with their permissions.",
        tags,
        response: { 200: z.array(Role) },
      },
      config: { examples: userExamples.roles, policy: "users.manage" },
    },
    async () => listRoles(db),
  );

  app.post(
    "/api/roles",
    {
      schema: {
        summary: "Create a role",
        description:
          "A custom role from permissions the caller holds; a caller limited to some sites cannot create roles.",
        tags,
        body: CreateRoleBody,
        response: { 201: Role },
      },
      config: { examples: userExamples.createRole, policy: "users.manage" },
    },
    async (request, reply) => {
      // The rights are checked in the transaction that writes the role.
      const role = await db.transaction().execute(async (trx) => {
        await assertMayEditRole(trx, request.actor as Actor, { granted: request.body.permissions });
        return createRole(trx, request.body);
      });
      return reply.status(201).send(role);
    },
  );

  app.patch(
    "/api/roles/:id",
    {
      schema: {
        summary: "Update a role",
        description: "Renames a custom role or changes its permissions, all within the caller's own.",
        tags,
        params: IdParams,
        body: UpdateRoleBody,
        response: { 200: Role },
      },
      config: { examples: userExamples.updateRole, policy: "users.manage" },
    },
    async (request) => {
      return updateRole(ctx, request.params.id, request.body, request.actor as Actor);
    },
  );

  app.delete(
    "/api/roles/:id",
    {
      schema: {
        summary: "Delete a role",
        description: "Deletes a custom role no user holds (409 otherwise).",
        tags,
        params: IdParams,
        response: { 200: OkResponse },
      },
      config: { examples: userExamples.deleteRole, policy: "users.manage" },
    },
    async (request) => {
      await deleteRole(db, request.params.id, request.actor as Actor);
      return { ok: true as const };
    },
  );
}
