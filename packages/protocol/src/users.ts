import { z } from "zod";
import { Email, Id, Password, Timestamp } from "./common";

export const User = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  roleId: Id,
  siteIds: z.array(Id).nullable().describe("Sites this user may reach; null means every site"),
  active: z.boolean(),
  createdAt: Timestamp,
});
export type User = z.infer<typeof User>;

export const CreateUserBody = z.strictObject({
  email: Email,
  name: z.string().trim().min(1).max(120),
  password: Password,
  roleId: Id,
  siteIds: z.array(Id).max(500).nullable().default(null),
});
export const UpdateUserBody = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  roleId: Id.optional(),
  siteIds: z.array(Id).max(500).nullable().optional(),
  active: z.boolean().optional(),
  password: Password.optional(),
});
