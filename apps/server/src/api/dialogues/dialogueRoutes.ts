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
import { dialogueExamples } from "./dialogueExamples";

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
        summary: "List dialogues and flows",
        description:
          "The site's dialogues and flows with their drafts, targeting and published version; `kind` keeps one of the two, `includeArchived=true` adds the archived ones.",
        tags,
        params: SiteParams,
        querystring: ListDialoguesQuery,
        response: { 200: z.array(Dialogue) },
      },
      config: { examples: dialogueExamples.list, policy: VIEW },
    },
    async (request) => listDialogues(db, request.params.siteId, request.query),
  );
  app.get(
    `${base}/:id`,
    {
      schema: {
        summary: "Get a dialogue or flow",
        description:
          "One dialogue or flow with its draft stream (the `Stream` schema), targeting, schedule and `draftRevision`.",
        tags,
        params: SiteItemParams,
        response: { 200: Dialogue },
      },
      config: { examples: dialogueExamples.get, policy: VIEW },
    },
    async (request) => presentDialogue(await getDialogueRow(db, request.params.siteId, request.params.id)),
  );
  app.post(
    base,
    {
      schema: {
        summary: "Create a dialogue or flow",
        tags,
        params: SiteParams,
        body: CreateDialogueBody,
        response: { 201: Dialogue },
        description: "Create a dialogue or flow, blank or from a template.",
      },
      config: { examples: dialogueExamples.create, policy: "dialogues.manage" },
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
        summary: "Update a dialogue or flow",
        tags,
        params: SiteItemParams,
        body: UpdateDialogueBody,
        response: { 200: Dialogue },
        description:
          "Edit the draft and settings. Send `draftRevision` with a new draft: when someone saved since, nothing is written and the answer is 409 draft_conflict with their version in `details.dialogue`.",
      },
      config: { examples: dialogueExamples.update, policy: "dialogues.manage" },
    },
    async (request) =>
      updateDialogue(db, request.params.siteId, request.params.id, request.body, editorOf(request)),
  );
  app.post(
    `${base}/:id/validate`,
    {
      schema: {
        summary: "Check a draft",
        tags,
        params: SiteItemParams,
        response: { 200: ValidationResult },
        description: "Every problem of the draft, each with its card.",
      },
      config: { examples: dialogueExamples.validate, policy: VIEW },
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
      schema: {
        summary: "Publish a dialogue or flow",
        description:
          "Publishes the draft as the next version (visitors get it from their next conversation). A draft with problems is refused with 400 `validation_failed` (`details.problems` lists them) and an archived one with 409; nothing changes then.",
        tags,
        params: SiteItemParams,
        response: { 200: Dialogue },
      },
      config: { examples: dialogueExamples.publish, policy: "dialogues.publish" },
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
      schema: {
        summary: "Unpublish a dialogue or flow",
        description:
          "Stops showing it to visitors; its versions and conversations stay, and it can be published again.",
        tags,
        params: SiteItemParams,
        response: { 200: Dialogue },
      },
      config: { examples: dialogueExamples.unpublish, policy: "dialogues.publish" },
    },
    async (request) => unpublishDialogue(db, request.params.siteId, request.params.id),
  );
  app.post(
    `${base}/:id/archive`,
    {
      schema: {
        summary: "Archive a dialogue or flow",
        description:
          "Takes it off the site and out of the lists (`includeArchived=true` shows it); it can no longer be edited or published (duplicate it to work on it again). Its reports and conversations stay.",
        tags,
        params: SiteItemParams,
        response: { 200: Dialogue },
      },
      config: { examples: dialogueExamples.archive, policy: "dialogues.manage" },
    },
    async (request) => archiveDialogue(db, request.params.siteId, request.params.id, editorOf(request)),
  );
  app.post(
    `${base}/:id/duplicate`,
    {
      schema: {
        summary: "Duplicate a dialogue or flow",
        description:
          'A new draft copy of its draft stream, targeting and settings, named "… (copy)", unpublished.',
        tags,
        params: SiteItemParams,
        response: { 201: Dialogue },
      },
      config: { examples: dialogueExamples.duplicate, policy: "dialogues.manage" },
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
        summary: "List published versions",
        tags,
        params: SiteItemParams,
        response: { 200: z.array(DialogueVersion) },
        description: "Every published version, newest first, with who published it and when.",
      },
      config: { examples: dialogueExamples.versions, policy: VIEW },
    },
    async (request) => listDialogueVersions(db, request.params.siteId, request.params.id),
  );
  app.put(
    `${base}/order`,
    {
      schema: {
        summary: "Set the dialogues' priority order",
        tags,
        params: SiteParams,
        body: DialogueOrderBody,
        response: { 200: z.array(Dialogue) },
        description:
          "Sets the priority order of all the site's dialogues (not archived, not flows), highest first, in one transaction: priorities 1000, 999, … A list that leaves one out, repeats one, or names a flow, an archived dialogue or another site's is refused with 400 and changes nothing.",
      },
      config: { examples: dialogueExamples.order, policy: "dialogues.manage" },
    },
    async (request) =>
      reorderDialogues(ctx.store, request.actor as Actor, request.params.siteId, request.body.ids),
  );
  app.get(
    `${base}/status`,
    {
      schema: {
        summary: "Would the snippet show a dialogue?",
        tags,
        params: SiteParams,
        querystring: DialoguesStatusQuery,
        response: { 200: DialoguesStatus },
        description:
          "Whether the site's snippet would show a new visitor a dialogue (decided as the widget's bootstrap decides) and every reason why not; with `url`, for that page.",
      },
      config: { examples: dialogueExamples.status, policy: VIEW },
    },
    async (request) => dialoguesStatus(db, request.params.siteId, request.query.url ?? null),
  );
}
