import { IdParams } from "@parley/protocol/common";
import { InviteUserBody } from "@parley/protocol/mail";
import { CreateUserBody, UpdateUserBody, User } from "@parley/protocol/users";
import { z } from "zod";
import type { Actor } from "../../domain/auth/actor";
import { assertMayGrantRole } from "../../domain/users/assertMayGrantRole";
import { assertMayGrantSites } from "../../domain/users/assertMayGrantSites";
import { createUser } from "../../domain/users/createUser";
import { inviteUser } from "../../domain/users/inviteUser";
import { presentUser } from "../../domain/users/presentUser";
import { updateUser } from "../../domain/users/updateUser";
import { visibleUser } from "../../domain/users/visibleUser";
import { notFound } from "../../errors";
import type { App, AppContext } from "../context";
import { userExamples } from "./userExamples";

const tags = ["users"];

export function userRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/users",
    {
      schema: {
        summary: "List users",
        description:
          "The users the caller may see (one limited to some sites sees colleagues who share one of them), with role and site access.",
        tags,
        response: { 200: z.array(User) },
      },
      // Agent managers pick team members from this list too.
      config: { examples: userExamples.list, policy: ["users.manage", "agents.manage"] },
    },
    async (request) => {
      const rows = await db.selectFrom("users").selectAll().orderBy("name").execute();
      return rows.flatMap((row) => visibleUser(request.actor as Actor, presentUser(row)) ?? []);
    },
  );

  app.get(
    "/api/users/:id",
    {
      schema: {
        summary: "Get a user",
        description: "One user with role, site access and whether they are active.",
        tags,
        params: IdParams,
        response: { 200: User },
      },
      config: { examples: userExamples.get, policy: ["users.manage", "agents.manage"] },
    },
    async (request) => {
      const row = await db
        .selectFrom("users")
        .selectAll()
        .where("id", "=", request.params.id)
        .executeTakeFirst();
      const user = row && visibleUser(request.actor as Actor, presentUser(row));
      if (!user) throw notFound("User");
      return user;
    },
  );

  app.post(
    "/api/users",
    {
      schema: {
        summary: "Create a user",
        description:
          "Creates a user with a password, role and site access; only roles and sites within the caller's own (checked in the writing transaction).",
        tags,
        body: CreateUserBody,
        response: { 201: User },
      },
      config: { examples: userExamples.create, policy: "users.manage" },
    },
    async (request, reply) => {
      // The rights are checked in the transaction that writes the user.
      const user = await db.transaction().execute(async (trx) => {
        await assertMayGrantSites(trx, request.actor as Actor, { granted: request.body.siteIds });
        await assertMayGrantRole(trx, request.actor as Actor, { granted: request.body.roleId });
        return createUser(trx, request.body);
      });
      return reply.status(201).send(user);
    },
  );

  app.post(
    "/api/users/invite",
    {
      schema: {
        summary: "Invite a user",
        tags,
        body: InviteUserBody,
        response: { 201: User },
        description:
          "Creates the user without a password and mails them a single-use link (valid 7 days) to choose one.",
      },
      config: { examples: userExamples.invite, policy: "users.manage" },
    },
    async (request, reply) => {
      const user = await inviteUser(db, request.actor as Actor, request.body, ctx.config.publicUrl);
      ctx.jobs.poke();
      return reply.status(201).send(user);
    },
  );

  app.patch(
    "/api/users/:id",
    {
      schema: {
        summary: "Update a user",
        description:
          "Changes name, email, role, site access or active state, within the caller's own rights; a change that would leave nobody able to manage users is refused (409).",
        tags,
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: User },
      },
      config: { examples: userExamples.update, policy: "users.manage" },
    },
    async (request) => {
      return updateUser(ctx, request.params.id, request.body, request.actor as Actor);
    },
  );

  app.delete(
    "/api/users/:id",
    {
      schema: {
        summary: "Deactivate a user",
        tags,
        params: IdParams,
        response: { 200: User },
        description: "Deactivates the user and ends their sessions; history is kept.",
      },
      config: { examples: userExamples.deactivate, policy: "users.manage" },
    },
    async (request) => {
      return updateUser(ctx, request.params.id, { active: false }, request.actor as Actor);
    },
  );
}
