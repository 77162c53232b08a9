import { IdParams, OkResponse } from "@parley/protocol/common";
import { CreateSiteBody, Site, UpdateSiteBody } from "@parley/protocol/sites";
import { z } from "zod";
import type { Actor } from "../../domain/auth/actor";
import { assertSiteAccess, canReachSite } from "../../domain/auth/policies";
import { createSite } from "../../domain/sites/createSite";
import { presentSite } from "../../domain/sites/presentSite";
import { updateSite } from "../../domain/sites/updateSite";
import { notFound } from "../../errors";
import type { App, AppContext } from "../context";
import { siteExamples } from "./siteExamples";

const tags = ["sites"];

export function siteRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;

  app.get(
    "/api/sites",
    {
      schema: {
        summary: "List sites",
        description: "The sites the caller reaches (a user's or key's site access).",
        tags,
        response: { 200: z.array(Site) },
      },
      config: { examples: siteExamples.list, policy: "signedIn" },
    },
    async (request) => {
      const rows = await db.selectFrom("sites").selectAll().orderBy("created_at").execute();
      return rows.filter((r) => canReachSite(request.actor as Actor, r.id)).map(presentSite);
    },
  );

  app.get(
    "/api/sites/:id",
    {
      schema: {
        summary: "Get a site",
        description:
          "One site with its snippet key, allowed domains, branding, language, time zone and privacy settings.",
        tags,
        params: IdParams,
        response: { 200: Site },
      },
      config: { examples: siteExamples.get, policy: "signedIn" },
    },
    async (request) => {
      assertSiteAccess(request.actor as Actor, request.params.id);
      const row = await db
        .selectFrom("sites")
        .selectAll()
        .where("id", "=", request.params.id)
        .executeTakeFirst();
      if (!row) throw notFound("Site");
      return presentSite(row);
    },
  );

  app.post(
    "/api/sites",
    {
      schema: {
        summary: "Create a site",
        description: "Creates a site; one a limited user or key creates joins their sites.",
        tags,
        body: CreateSiteBody,
        response: { 201: Site },
      },
      config: { examples: siteExamples.create, policy: "sites.manage" },
    },
    async (request, reply) => {
      const site = await createSite(db, request.body, { creator: request.actor as Actor });
      return reply.status(201).send(site);
    },
  );

  app.patch(
    "/api/sites/:id",
    {
      schema: {
        summary: "Update a site",
        description:
          "Changes only what is given; `branding` merges with the stored branding; a time zone must be an IANA zone.",
        tags,
        params: IdParams,
        body: UpdateSiteBody,
        response: { 200: Site },
      },
      config: { examples: siteExamples.update, policy: "sites.manage" },
    },
    async (request) => {
      assertSiteAccess(request.actor as Actor, request.params.id);
      return updateSite(ctx, request.params.id, request.body);
    },
  );

  app.delete(
    "/api/sites/:id",
    {
      schema: {
        summary: "Delete a site",
        description: "Deletes the site with everything it holds (dialogues, people, conversations, reports).",
        tags,
        params: IdParams,
        response: { 200: OkResponse },
      },
      config: { examples: siteExamples.delete, policy: "sites.manage" },
    },
    async (request) => {
      assertSiteAccess(request.actor as Actor, request.params.id);
      const result = await db.deleteFrom("sites").where("id", "=", request.params.id).executeTakeFirst();
      if (result.numDeletedRows === 0n) throw notFound("Site");
      return { ok: true as const };
    },
  );
}
