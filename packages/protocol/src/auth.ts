import { z } from "zod";
import { Email, Id, Password } from "./common";
import { PermissionName } from "./roles";
import { TimeZone } from "./schedule";

export const SignInBody = z.strictObject({ email: Email, password: z.string().min(1).max(200) });
export const SetupBody = z.strictObject({
  token: z.string().min(1).max(200),
  email: Email,
  name: z.string().trim().min(1).max(120),
  password: Password,
  /** The admin's IANA zone (the browser's): their default meeting hours (Mon–Fri 09–17) are in it. Default UTC. */
  timeZone: TimeZone.optional(),
});
export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: Password,
});

export const Me = z.object({
  user: z.object({ id: Id, email: z.string(), name: z.string(), roleId: Id, roleName: z.string() }),
  permissions: z.array(PermissionName),
  siteIds: z.array(Id).nullable().describe("null: every site"),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof Me>;

export const SetupStatus = z.object({ needsSetup: z.boolean() });
