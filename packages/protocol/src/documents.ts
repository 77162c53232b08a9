import { z } from "zod";

/**
 * Documents whose schema lives in packages/flow, which protocol does not import (flow stands alone;
 * the widget and the web app take protocol without flow's card schemas). Here they parse as
 * unknown — the server checks a stream with packages/flow where it reads or stores one, and a reply
 * is not parsed card by card again — and carry an id, so the OpenAPI document names them; the
 * server fills those components with packages/flow's schemas (apps/server/src/api/openapi/flowSchemas.ts).
 */
export const StreamDocument = z.unknown().meta({
  id: "Stream",
  description: "A stream document: the cards of a dialogue or flow (packages/flow Stream)",
});

export const ConditionGroupDocument = z.unknown().meta({
  id: "ConditionGroup",
  description: "A nested all/any group of conditions (packages/flow ConditionGroup)",
});
