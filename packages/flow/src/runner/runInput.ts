import { z } from "zod";

const AgentInfo = z.strictObject({
  id: z.string().max(64).optional(),
  name: z.string().max(200).optional(),
  email: z.string().max(254).optional(),
});
export type AgentInfo = z.infer<typeof AgentInfo>;

/**
 * What moves a conversation on. From the visitor: `start`, `answer` (a button's value, free
 * text, a captured value, a question for the answer library), `done` (no more questions),
 * `consent`. From the server, reporting an effect it performed: the rest.
 */
export const RunInput = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("start") }),
  z.strictObject({ kind: z.literal("answer"), value: z.string().max(5000) }),
  z.strictObject({ kind: z.literal("done") }),
  z.strictObject({ kind: z.literal("consent"), accepted: z.boolean() }),
  z.strictObject({
    kind: z.literal("webhookResult"),
    ok: z.boolean(),
    status: z.number().int().optional(),
    body: z.unknown().optional(),
  }),
  z.strictObject({
    kind: z.literal("meetingResult"),
    booked: z.boolean(),
    agent: AgentInfo.optional(),
    startsAt: z.string().optional(),
  }),
  z.strictObject({
    kind: z.literal("liveChatResult"),
    outcome: z.enum(["connected", "unavailable"]),
    agent: AgentInfo.optional(),
  }),
  z.strictObject({
    kind: z.literal("answersFound"),
    matches: z
      .array(
        z.strictObject({
          id: z.string().max(64).optional(),
          question: z.string().max(2000).optional(),
          answer: z.string().max(10_000),
        }),
      )
      .max(20),
  }),
  z.strictObject({ kind: z.literal("flowFinished") }),
]);
export type RunInput = z.infer<typeof RunInput>;

export const RUN_INPUT_KINDS: readonly RunInput["kind"][] = RunInput.options.map((o) => o.shape.kind.value);
/** One input kind, e.g. what a state is waiting for. */
export const RunInputKind = z.enum(RUN_INPUT_KINDS);
export type RunInputKind = z.infer<typeof RunInputKind>;
