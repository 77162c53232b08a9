import { z } from "zod";
import { Id } from "./common";

export const Team = z.object({ id: Id, name: z.string(), memberIds: z.array(Id) });
export type Team = z.infer<typeof Team>;

export const CreateTeamBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  memberIds: z.array(Id).max(1000).default([]),
});
export const UpdateTeamBody = z.strictObject({
  name: z.string().trim().min(1).max(80).optional(),
  memberIds: z.array(Id).max(1000).optional(),
});
