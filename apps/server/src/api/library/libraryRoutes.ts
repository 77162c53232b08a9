import { OkResponse, SiteItemParams, SiteParams } from "@parley/protocol/common";
import {
  Answer,
  AnswerMatch,
  AnswerSearchQuery,
  CreateAnswerBody,
  CreateSegmentBody,
  Segment,
  UpdateAnswerBody,
  UpdateSegmentBody,
} from "@parley/protocol/library";
import { z } from "zod";
import {
  createAnswer,
  deleteAnswer,
  findAnswers,
  listAnswers,
  updateAnswer,
} from "../../domain/library/answerStore";
import { createSegment, deleteSegment, listSegments, updateSegment } from "../../domain/library/segmentStore";
import type { App, AppContext } from "../context";
import { libraryExamples } from "./libraryExamples";

const VIEW = ["dialogues.view", "dialogues.manage"] as const;

/** Saved audiences (segments) and the answer library the Answer card searches. */
export function libraryRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  const segments = "/api/sites/:siteId/segments";
  const answers = "/api/sites/:siteId/answers";
  const segTags = ["segments"];
  const ansTags = ["answer library"];

  app.get(
    segments,
    {
      schema: {
        summary: "List segments",
        description: "The site's saved audiences (condition groups dialogues target).",
        tags: segTags,
        params: SiteParams,
        response: { 200: z.array(Segment) },
      },
      config: { examples: libraryExamples.segments, policy: VIEW },
    },
    async (r) => listSegments(db, r.params.siteId),
  );
  app.post(
    segments,
    {
      schema: {
        summary: "Create a segment",
        description: "A named condition group (the `ConditionGroup` schema).",
        tags: segTags,
        params: SiteParams,
        body: CreateSegmentBody,
        response: { 201: Segment },
      },
      config: { examples: libraryExamples.createSegment, policy: "dialogues.manage" },
    },
    async (r, reply) => reply.status(201).send(await createSegment(db, r.params.siteId, r.body)),
  );
  app.patch(
    `${segments}/:id`,
    {
      schema: {
        summary: "Update a segment",
        description: "Renames a segment or changes its conditions; dialogues using it follow.",
        tags: segTags,
        params: SiteItemParams,
        body: UpdateSegmentBody,
        response: { 200: Segment },
      },
      config: { examples: libraryExamples.updateSegment, policy: "dialogues.manage" },
    },
    async (r) => updateSegment(db, r.params.siteId, r.params.id, r.body),
  );
  app.delete(
    `${segments}/:id`,
    {
      schema: {
        summary: "Delete a segment",
        description: "Deletes one segment.",
        tags: segTags,
        params: SiteItemParams,
        response: { 200: OkResponse },
      },
      config: { examples: libraryExamples.deleteSegment, policy: "dialogues.manage" },
    },
    async (r) => {
      await deleteSegment(db, r.params.siteId, r.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    answers,
    {
      schema: {
        summary: "List answers",
        description: "The answer library the Answer card searches.",
        tags: ansTags,
        params: SiteParams,
        response: { 200: z.array(Answer) },
      },
      config: { examples: libraryExamples.answers, policy: VIEW },
    },
    async (r) => listAnswers(db, r.params.siteId),
  );
  app.get(
    `${answers}/search`,
    {
      schema: {
        summary: "Search answers",
        description: "The answers that match a visitor's question best, as the Answer card would find them.",
        tags: ansTags,
        params: SiteParams,
        querystring: AnswerSearchQuery,
        response: { 200: z.array(AnswerMatch) },
      },
      config: { examples: libraryExamples.searchAnswers, policy: VIEW },
    },
    async (r) => findAnswers(db, r.params.siteId, r.query.q, r.query.limit),
  );
  app.post(
    answers,
    {
      schema: {
        summary: "Create an answer",
        description: "A question, its answer and keywords.",
        tags: ansTags,
        params: SiteParams,
        body: CreateAnswerBody,
        response: { 201: Answer },
      },
      config: { examples: libraryExamples.createAnswer, policy: "dialogues.manage" },
    },
    async (r, reply) => reply.status(201).send(await createAnswer(db, r.params.siteId, r.body)),
  );
  app.patch(
    `${answers}/:id`,
    {
      schema: {
        summary: "Update an answer",
        description: "Changes an answer's question, text or keywords.",
        tags: ansTags,
        params: SiteItemParams,
        body: UpdateAnswerBody,
        response: { 200: Answer },
      },
      config: { examples: libraryExamples.updateAnswer, policy: "dialogues.manage" },
    },
    async (r) => updateAnswer(db, r.params.siteId, r.params.id, r.body),
  );
  app.delete(
    `${answers}/:id`,
    {
      schema: {
        summary: "Delete an answer",
        description: "Deletes one answer.",
        tags: ansTags,
        params: SiteItemParams,
        response: { 200: OkResponse },
      },
      config: { examples: libraryExamples.deleteAnswer, policy: "dialogues.manage" },
    },
    async (r) => {
      await deleteAnswer(db, r.params.siteId, r.params.id);
      return { ok: true as const };
    },
  );
}
