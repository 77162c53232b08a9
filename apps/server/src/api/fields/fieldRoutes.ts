import { OkResponse, SiteItemParams, SiteParams } from "@parley/protocol/common";
import { CreateFieldBody, FieldDefinition, UpdateFieldBody } from "@parley/protocol/fields";
import { z } from "zod";
import { createField, deleteField, listFields, updateField } from "../../domain/fields/fieldStore";
import type { App, AppContext } from "../context";

const tags = ["fields"];

export function fieldRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/sites/:siteId/fields",
    {
      schema: { tags, params: SiteParams, response: { 200: z.array(FieldDefinition) } },
      config: { policy: ["people.view", "fields.manage", "dialogues.manage"] },
    },
    async (request) => listFields(db, request.params.siteId),
  );
  app.post(
    "/api/sites/:siteId/fields",
    {
      schema: { tags, params: SiteParams, body: CreateFieldBody, response: { 201: FieldDefinition } },
      config: { policy: "fields.manage" },
    },
    async (request, reply) =>
      reply.status(201).send(await createField(db, request.params.siteId, request.body)),
  );
  app.patch(
    "/api/sites/:siteId/fields/:id",
    {
      schema: { tags, params: SiteItemParams, body: UpdateFieldBody, response: { 200: FieldDefinition } },
      config: { policy: "fields.manage" },
    },
    async (request) => updateField(db, request.params.siteId, request.params.id, request.body),
  );
  app.delete(
    "/api/sites/:siteId/fields/:id",
    {
      schema: { tags, params: SiteItemParams, response: { 200: OkResponse } },
      config: { policy: "fields.manage" },
    },
    async (request) => {
      await deleteField(db, request.params.siteId, request.params.id);
      return { ok: true as const };
    },
  );
}
