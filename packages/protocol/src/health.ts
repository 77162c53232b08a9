import { z } from "zod";

export const Health = z.object({
  status: z.literal("ok"),
  database: z.enum(["sqlite", "postgres"]),
  redis: z.boolean(),
  version: z.string(),
});
