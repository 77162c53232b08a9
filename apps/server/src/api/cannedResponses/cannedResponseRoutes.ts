import { OkResponse, SiteItemParams, SiteParams } from "@parley/protocol/common";
import {
  CannedResponse,
  CannedResponseList,
  CreateCannedResponseBody,
  UpdateCannedResponseBody,
} from "@parley/protocol/liveChat";
import type { Actor } from "../../domain/auth/actor";
import { selfId } from "../../domain/agents/editableAgent";
import {
  createCannedResponse,
  deleteCannedResponse,
  listCannedResponses,
  updateCannedResponse,
} from "../../domain/cannedResponses/cannedResponseStore";
import type { App, AppContext } from "../context";
import { libraryExamples } from "../library/libraryExamples";

const tags = ["live chat"];
const MANAGE = ["routing.manage", "agents.manage"] as const;

/** Canned responses: agents pick them with `/`, managers keep them. */
export function cannedResponseRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/sites/:siteId/canned-responses",
    {
      schema: {
        summary: "List canned responses",
        description: "The site's canned responses agents insert with `/` in a chat.",
        tags,
        params: SiteParams,
        response: { 200: CannedResponseList },
      },
      config: { examples: libraryExamples.canned, policy: ["livechat.answer", ...MANAGE] },
    },
    async (request) => ({ items: await listCannedResponses(db, request.params.siteId) }),
  );
  app.post(
    "/api/sites/:siteId/canned-responses",
    {
      schema: {
        summary: "Create a canned response",
        description: "A shortcut and its text; the shortcut is unique per site (409).",
        tags,
        params: SiteParams,
        body: CreateCannedResponseBody,
        response: { 201: CannedResponse },
      },
      config: { examples: libraryExamples.createCanned, policy: MANAGE },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createCannedResponse(db, request.params.siteId, selfId(request.actor as Actor), request.body),
        ),
  );
  app.patch(
    "/api/sites/:siteId/canned-responses/:id",
    {
      schema: {
        summary: "Update a canned response",
        description: "Changes a canned response's shortcut or text.",
        tags,
        params: SiteItemParams,
        body: UpdateCannedResponseBody,
        response: { 200: CannedResponse },
      },
      config: { examples: libraryExamples.updateCanned, policy: MANAGE },
    },
    async (request) => updateCannedResponse(db, request.params.siteId, request.params.id, request.body),
  );
  app.delete(
    "/api/sites/:siteId/canned-responses/:id",
    {
      schema: {
        summary: "Delete a canned response",
        description: "Deletes one canned response.",
        tags,
        params: SiteItemParams,
        response: { 200: OkResponse },
      },
      config: { examples: libraryExamples.deleteCanned, policy: MANAGE },
    },
    async (request) => {
      await deleteCannedResponse(db, request.params.siteId, request.params.id);
      return { ok: true as const };
    },
  );
}
