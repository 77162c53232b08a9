import type { Dialogue, DialogueVersion } from "@parley/protocol/dialogues";
import { templateStream } from "../../domain/dialogues/templateStream";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";

/** A real stream: the "Book a demo" template's, as a new dialogue from it starts. */
const stream = templateStream("book-a-demo");

export const dialogueExample: Dialogue = {
  id: EX.dialogueId,
  siteId: EX.siteId,
  kind: "dialogue",
  name: "Book a demo",
  description: "Qualifies pricing-page visitors and books a demo with sales.",
  status: "published",
  priority: 1000,
  schedule: { start: null, end: null },
  targeting: {
    include: ["https://www.example.com/pricing*"],
    exclude: [],
    audience: {
      match: "all",
      conditions: [{ type: "attribute", attribute: "visitor.device", operator: "is", value: "desktop" }],
    },
    trigger: { kind: "seconds_on_page", seconds: 10 },
  },
  flowSettings: { delivery: "chat", onPageLoad: false },
  draft: stream,
  draftRevision: 7,
  publishedVersion: 3,
  createdAt: EX.created,
  updatedAt: EX.at,
  updatedBy: { id: EX.userId, name: "Marge Marketer" },
  draftChanged: false,
};

const version: DialogueVersion = {
  dialogueId: EX.dialogueId,
  version: 3,
  stream,
  publishedBy: EX.userId,
  publishedByName: "Marge Marketer",
  publishedAt: EX.at,
};

const ok = { 200: dialogueExample };

export const dialogueExamples = {
  list: { querystring: { kind: "dialogue", includeArchived: "false" }, response: { 200: [dialogueExample] } },
  get: { response: ok },
  create: {
    body: { kind: "dialogue", name: "Book a demo", template: "book-a-demo" },
    response: { 201: { ...dialogueExample, status: "draft", publishedVersion: null, draftRevision: 0 } },
  },
  update: { body: { draft: stream, draftRevision: 6 }, response: ok },
  validate: {
    response: {
      200: {
        valid: false,
        problems: [
          {
            cardId: "ask-email",
            code: "dangling_edge",
            message: 'Card "ask-email" points to "thanks", which does not exist',
          },
        ],
      },
    },
  },
  publish: { response: ok },
  unpublish: { response: { 200: { ...dialogueExample, status: "unpublished" } } },
  archive: { response: { 200: { ...dialogueExample, status: "archived" } } },
  duplicate: {
    response: {
      201: {
        ...dialogueExample,
        id: "d1a2b3c4-d5e6-4f7a-8b9c-0d1e2f3a4b5d",
        name: "Book a demo (copy)",
        status: "draft",
        publishedVersion: null,
      },
    },
  },
  versions: { response: { 200: [version] } },
  order: {
    body: { ids: [EX.dialogueId, "d1a2b3c4-d5e6-4f7a-8b9c-0d1e2f3a4b5d"] },
    response: { 200: [dialogueExample] },
  },
  status: {
    querystring: { url: "https://www.example.com/pricing" },
    response: {
      200: {
        showsDialogue: true,
        reasons: [],
        publishedDialogues: 1,
        publishedFlows: 0,
        url: "https://www.example.com/pricing",
        pageDialogue: { id: EX.dialogueId, name: "Book a demo", hasAudience: true },
      },
    },
  },
} satisfies Record<string, RouteExamples>;
