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
      schema: { tags: segTags, params: SiteParams, response: { 200: z.array(Segment) } },
      config: { policy: VIEW },
    },
    async (r) => listSegments(db, r.params.siteId),
  );
  app.post(
    segments,
    {
      schema: { tags: segTags, params: SiteParams, body: CreateSegmentBody, response: { 201: Segment } },
      config: { policy: "dialogues.manage" },
    },
    async (r, reply) => reply.status(201).send(await createSegment(db, r.params.siteId, r.body)),
  );
  app.patch(
    `${segments}/:id`,
    {
      schema: { tags: segTags, params: SiteItemParams, body: UpdateSegmentBody, response: { 200: Segment } },
      config: { policy: "dialogues.manage" },
    },
    async (r) => updateSegment(db, r.params.siteId, r.params.id, r.body),
  );
  app.delete(
    `${segments}/:id`,
    {
      schema: { tags: segTags, params: SiteItemParams, response: { 200: OkResponse } },
      config: { policy: "dialogues.manage" },
    },
    async (r) => {
      await deleteSegment(db, r.params.siteId, r.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    answers,
    {
      schema: { tags: ansTags, params: SiteParams, response: { 200: z.array(Answer) } },
      config: { policy: VIEW },
    },
    async (r) => listAnswers(db, r.params.siteId),
  );
  app.get(
    `${answers}/search`,
    {
      schema: {
        tags: ansTags,
        params: SiteParams,
        querystring: AnswerSearchQuery,
        response: { 200: z.array(AnswerMatch) },
      },
      config: { policy: VIEW },
    },
    async (r) => findAnswers(db, r.params.siteId, r.query.q, r.query.limit),
  );
  app.post(
    answers,
    {
      schema: { tags: ansTags, params: SiteParams, body: CreateAnswerBody, response: { 201: Answer } },
      config: { policy: "dialogues.manage" },
    },
    async (r, reply) => reply.status(201).send(await createAnswer(db, r.params.siteId, r.body)),
  );
  app.patch(
    `${answers}/:id`,
    {
      schema: { tags: ansTags, params: SiteItemParams, body: UpdateAnswerBody, response: { 200: Answer } },
      config: { policy: "dialogues.manage" },
    },
    async (r) => updateAnswer(db, r.params.siteId, r.params.id, r.body),
  );
  app.delete(
    `${answers}/:id`,
    {
      schema: { tags: ansTags, params: SiteItemParams, response: { 200: OkResponse } },
      config: { policy: "dialogues.manage" },
    },
    async (r) => {
      await deleteAnswer(db, r.params.siteId, r.params.id);
      return { ok: true as const };
    },
  );
}
