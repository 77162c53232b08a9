import { validateStream } from "@parley/flow/validateStream";
import { SiteItemParams, SiteParams } from "@parley/protocol/common";
import {
  CreateDialogueBody,
  Dialogue,
  DialogueKind,
  DialogueOrderBody,
  DialoguesStatus,
  DialoguesStatusQuery,
  DialogueVersion,
  UpdateDialogueBody,
  ValidationResult,
} from "@parley/protocol/dialogues";
import { z } from "zod";
import type { Actor } from "../../domain/auth/actor";
import {
  archiveDialogue,
  createDialogue,
  duplicateDialogue,
  getDialogueRow,
  listDialogues,
  updateDialogue,
} from "../../domain/dialogues/dialogueStore";
import { dialoguesStatus } from "../../domain/dialogues/dialoguesStatus";
import { listDialogueVersions } from "../../domain/dialogues/listDialogueVersions";
import { presentDialogue } from "../../domain/dialogues/presentDialogue";
import { reorderDialogues } from "../../domain/dialogues/reorderDialogues";
import { publishDialogue, unpublishDialogue } from "../../domain/dialogues/publishDialogue";
import { parseJson } from "../../lib/json";
import type { App, AppContext } from "../context";

const tags = ["dialogues"];
const VIEW = ["dialogues.view", "dialogues.manage"] as const;
const ListDialoguesQuery = z.strictObject({
  kind: DialogueKind.optional(),
  includeArchived: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});

/** The signed-in user making the change (API keys change things as nobody in particular). */
const editorOf = (request: { actor?: unknown }): string | null => {
  const actor = request.actor as Actor | undefined;
  return actor?.kind === "user" ? actor.id : null;
};

export function dialogueRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  const base = "/api/sites/:siteId/dialogues";

  app.get(
    base,
    {
      schema: {
        tags,
        params: SiteParams,
        querystring: ListDialoguesQuery,
        response: { 200: z.array(Dialogue) },
      },
      config: { policy: VIEW },
    },
    async (request) => listDialogues(db, request.params.siteId, request.query),
  );
  app.get(
    `${base}/:id`,
    { schema: { tags, params: SiteItemParams, response: { 200: Dialogue } }, config: { policy: VIEW } },
    async (request) => presentDialogue(await getDialogueRow(db, request.params.siteId, request.params.id)),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        params: SiteParams,
        body: CreateDialogueBody,
        response: { 201: Dialogue },
        description: "Create a dialogue or flow, blank or from a template.",
      },
      config: { policy: "dialogues.manage" },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createDialogue(db, request.params.siteId, request.body, editorOf(request))),
  );
  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        params: SiteItemParams,
        body: UpdateDialogueBody,
        response: { 200: Dialogue },
        description:
          "Edit the draft and settings. Send `draftRevision` with a new draft: when someone saved since, nothing is written and the answer is 409 draft_conflict with their version in `details.dialogue`.",
      },
      config: { policy: "dialogues.manage" },
    },
    async (request) =>
      updateDialogue(db, request.params.siteId, request.params.id, request.body, editorOf(request)),
  );
  app.post(
    `${base}/:id/validate`,
    {
      schema: {
        tags,
        params: SiteItemParams,
        response: { 200: ValidationResult },
        description: "Every problem of the draft, each with its card.",
      },
      config: { policy: VIEW },
    },
    async (request) => {
      const row = await getDialogueRow(db, request.params.siteId, request.params.id);
      const problems = validateStream(parseJson<unknown>(row.draft, null));
      return { valid: problems.length === 0, problems };
    },
  );
  app.post(
    `${base}/:id/publish`,
    {
      schema: { tags, params: SiteItemParams, response: { 200: Dialogue } },
      config: { policy: "dialogues.publish" },
    },
    async (request) => {
      const actor = request.actor as Actor;
      return publishDialogue(
        db,
        request.params.siteId,
        request.params.id,
        actor.kind === "user" ? actor.id : null,
      );
    },
  );
  app.post(
    `${base}/:id/unpublish`,
    {
      schema: { tags, params: SiteItemParams, response: { 200: Dialogue } },
      config: { policy: "dialogues.publish" },
    },
    async (request) => unpublishDialogue(db, request.params.siteId, request.params.id),
  );
  app.post(
    `${base}/:id/archive`,
    {
      schema: { tags, params: SiteItemParams, response: { 200: Dialogue } },
      config: { policy: "dialogues.manage" },
    },
    async (request) => archiveDialogue(db, request.params.siteId, request.params.id, editorOf(request)),
  );
  app.post(
    `${base}/:id/duplicate`,
    {
      schema: { tags, params: SiteItemParams, response: { 201: Dialogue } },
      config: { policy: "dialogues.manage" },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await duplicateDialogue(db, request.params.siteId, request.params.id, editorOf(request))),
  );
  app.get(
    `${base}/:id/versions`,
    {
      schema: {
        tags,
        params: SiteItemParams,
        response: { 200: z.array(DialogueVersion) },
        description: "Every published version, newest first, with who published it and when.",
      },
      config: { policy: VIEW },
    },
    async (request) => listDialogueVersions(db, request.params.siteId, request.params.id),
  );
  app.put(
    `${base}/order`,
    {
      schema: {
        tags,
        params: SiteParams,
        body: DialogueOrderBody,
        response: { 200: z.array(Dialogue) },
        description:
          "Sets the priority order of all the site's dialogues (not archived, not flows), highest first, in one transaction: priorities 1000, 999, … A list that leaves one out, repeats one, or names a flow, an archived dialogue or another site's is refused with 400 and changes nothing.",
      },
      config: { policy: "dialogues.manage" },
    },
    async (request) =>
      reorderDialogues(ctx.store, request.actor as Actor, request.params.siteId, request.body.ids),
  );
  app.get(
    `${base}/status`,
    {
      schema: {
        tags,
        params: SiteParams,
        querystring: DialoguesStatusQuery,
        response: { 200: DialoguesStatus },
        description:
          "Whether the site's snippet would show a new visitor a dialogue (decided as the widget's bootstrap decides) and every reason why not; with `url`, for that page.",
      },
      config: { policy: VIEW },
    },
    async (request) => dialoguesStatus(db, request.params.siteId, request.query.url ?? null),
  );
}
