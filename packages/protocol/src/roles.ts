import { z } from "zod";
import { Id } from "./common";
import { PERMISSIONS, type Permission } from "./permissions";

export const PermissionName = z.enum(PERMISSIONS as readonly [Permission, ...Permission[]]);

export const Role = z.object({
  id: Id,
  key: z.string().nullable().describe("Set on the built-in default roles"),
  name: z.string(),
  permissions: z.array(PermissionName),
  builtIn: z.boolean(),
});
export type Role = z.infer<typeof Role>;

export const CreateRoleBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  permissions: z.array(PermissionName).max(PERMISSIONS.length),
});
export const UpdateRoleBody = CreateRoleBody.partial();
