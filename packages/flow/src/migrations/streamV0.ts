import { z } from "zod";

/**
 * The prototype document (schema version 0, never labelled): nodes with a `kind`, and edges in a
 * separate list. Only five kinds existed. Kept so stored prototypes still open; never written.
 */
const Choice = z.union([z.string(), z.object({ label: z.string(), value: z.string() })]);

export const StreamV0Node = z.discriminatedUnion("kind", [
  z.object({ id: z.string(), kind: z.literal("say"), text: z.string() }),
  z.object({
    id: z.string(),
    kind: z.literal("ask"),
    text: z.string(),
    choices: z.array(Choice).default([]),
    field: z.string().optional(),
  }),
  z.object({
    id: z.string(),
    kind: z.literal("collect"),
    text: z.string(),
    inputType: z.enum(["email", "phone", "text", "number"]).default("text"),
    field: z.string().optional(),
  }),
  z.object({ id: z.string(), kind: z.literal("goal"), goal: z.string() }),
  z.object({ id: z.string(), kind: z.literal("handoff"), text: z.string().optional() }),
]);
export type StreamV0Node = z.infer<typeof StreamV0Node>;

export const StreamV0 = z.object({
  version: z.literal(0).optional(),
  start: z.string(),
  nodes: z.array(StreamV0Node),
  /** `port` is `out` (default) or `choice:<index>` for an ask node's n-th choice. */
  edges: z.array(z.object({ from: z.string(), to: z.string(), port: z.string().default("out") })).default([]),
});
export type StreamV0 = z.infer<typeof StreamV0>;
