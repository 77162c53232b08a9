import { z } from "zod";
import { Id, Timestamp } from "./common";
import { ConditionGroupDocument } from "./documents";

export const Segment = z.object({
  id: Id,
  siteId: Id,
  name: z.string(),
  conditions: ConditionGroupDocument,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export const CreateSegmentBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  conditions: ConditionGroupDocument,
});
export const UpdateSegmentBody = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  conditions: ConditionGroupDocument.optional(),
});

export const Answer = z.object({
  id: Id,
  siteId: Id,
  question: z.string(),
  answer: z.string(),
  keywords: z.array(z.string()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Answer = z.infer<typeof Answer>;
export const CreateAnswerBody = z.strictObject({
  question: z.string().trim().min(3).max(500),
  answer: z.string().trim().min(1).max(5000),
  keywords: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
});
export const UpdateAnswerBody = z.strictObject({
  question: z.string().trim().min(3).max(500).optional(),
  answer: z.string().trim().min(1).max(5000).optional(),
  keywords: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
});
export const AnswerSearchQuery = z.strictObject({
  q: z.string().trim().min(1).max(500),
  limit: z.coerce.number().int().min(1).max(10).default(3),
});
export const AnswerMatch = z.object({ answer: Answer, score: z.number() });
