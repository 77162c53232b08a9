import { z } from "zod";
import { Id, Timestamp } from "./common";
import { PermissionName } from "./roles";

export const ApiKey = z.object({
  id: Id,
  name: z.string(),
  prefix: z.string().describe("The first characters of the key, to recognise it"),
  scopes: z.array(PermissionName),
  siteIds: z
    .array(Id)
    .nullable()
    .describe("Sites this key may reach; null means every site. Never wider than its creator's at creation"),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
});
export type ApiKey = z.infer<typeof ApiKey>;

export const CreateApiKeyBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  scopes: z.array(PermissionName).min(1, "give the key at least one scope"),
  siteIds: z
    .array(Id)
    .max(500)
    .nullable()
    .optional()
    .describe(
      "Sites the key may reach, all within your own; null means every site; omitted: the same as yours",
    ),
});
export const CreatedApiKey = z.object({
  apiKey: ApiKey,
  secret: z.string().describe("Shown once: store it now, it cannot be read again"),
});
