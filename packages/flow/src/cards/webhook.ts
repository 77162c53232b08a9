import { z } from "zod";
import { NextCard } from "../cardId";
import { FieldPath } from "../fieldPath";
import { cardBase } from "./cardBase";

/** Copies `path` (dotted, e.g. `data.company.name` or `items.0.id`) of the JSON response into a field. */
export const ResponseMapping = z.strictObject({
  path: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, "must be a dotted path such as data.company.name"),
  field: FieldPath,
});
export type ResponseMapping = z.infer<typeof ResponseMapping>;

/** Calls an HTTPS endpoint with the conversation context (signed by the server); branches on the outcome. */
export const WebhookCard = z.strictObject({
  ...cardBase,
  type: z.literal("webhook"),
  url: z.string().max(2000),
  responseMapping: z.array(ResponseMapping).max(50).optional(),
  success: NextCard,
  failure: NextCard,
});
export type WebhookCard = z.infer<typeof WebhookCard>;
