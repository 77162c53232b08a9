import { OkResponse, SiteItemParams, SiteParams } from "@parley/protocol/common";
import { CreateFieldBody, FieldDefinition, UpdateFieldBody } from "@parley/protocol/fields";
import { z } from "zod";
import { createField, deleteField, listFields, updateField } from "../../domain/fields/fieldStore";
import type { App, AppContext } from "../context";
import { fieldExamples } from "./fieldExamples";

const tags = ["fields"];

export function fieldRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/sites/:siteId/fields",
    {
      schema: {
        summary: "List fields",
        description: "The site's person and company fields, built-in and custom.",
        tags,
        params: SiteParams,
        response: { 200: z.array(FieldDefinition) },
      },
      config: { examples: fieldExamples.list, policy: ["people.view", "fields.manage", "dialogues.manage"] },
    },
    async (request) => listFields(db, request.params.siteId),
  );
  app.post(
    "/api/sites/:siteId/fields",
    {
      schema: {
        summary: "Create a custom field",
        description:
          "A custom person or company field; the key is unique per entity and site (409), a picklist needs options.",
        tags,
        params: SiteParams,
        body: CreateFieldBody,
        response: { 201: FieldDefinition },
      },
      config: { examples: fieldExamples.create, policy: "fields.manage" },
    },
    async (request, reply) =>
      reply.status(201).send(await createField(db, request.params.siteId, request.body)),
  );
  app.patch(
    "/api/sites/:siteId/fields/:id",
    {
      schema: {
        summary: "Update a custom field",
        description: "Changes the label or a picklist's options; the key and type stay.",
        tags,
        params: SiteItemParams,
        body: UpdateFieldBody,
        response: { 200: FieldDefinition },
      },
      config: { examples: fieldExamples.update, policy: "fields.manage" },
    },
    async (request) => updateField(db, request.params.siteId, request.params.id, request.body),
  );
  app.delete(
    "/api/sites/:siteId/fields/:id",
    {
      schema: {
        summary: "Delete a custom field",
        description: "Deletes a custom field; a standard field cannot be deleted (409).",
        tags,
        params: SiteItemParams,
        response: { 200: OkResponse },
      },
      config: { examples: fieldExamples.delete, policy: "fields.manage" },
    },
    async (request) => {
      await deleteField(db, request.params.siteId, request.params.id);
      return { ok: true as const };
    },
  );
}
