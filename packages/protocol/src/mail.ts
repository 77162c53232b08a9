import { z } from "zod";
import { Email, Id, Password, Timestamp } from "./common";

/** Invite someone by email: like adding a user, without a password (they choose it from the link). */
export const InviteUserBody = z.strictObject({
  email: Email,
  name: z.string().trim().min(1).max(120),
  roleId: Id,
  siteIds: z.array(Id).max(500).nullable().default(null),
});

export const ForgotPasswordBody = z.strictObject({ email: Email });
/** The same answer whether or not an account exists for the address. */
export const ForgotPasswordResponse = z.object({ ok: z.literal(true), message: z.string() });

export const PasswordLinkPurpose = z.enum(["invite", "password_reset"]);
export type PasswordLinkPurpose = z.infer<typeof PasswordLinkPurpose>;

/** The token from an invitation or password-reset link (`?token=…`). */
export const PasswordLinkToken = z.string().min(10).max(200);
export const InspectPasswordLinkBody = z.strictObject({ token: PasswordLinkToken });
export const PasswordLinkInfo = z.object({
  purpose: PasswordLinkPurpose,
  email: z.string(),
  name: z.string(),
  expiresAt: Timestamp,
});
export type PasswordLinkInfo = z.infer<typeof PasswordLinkInfo>;
export const UsePasswordLinkBody = z.strictObject({ token: PasswordLinkToken, password: Password });

export const OutboxStatus = z
  .enum(["queued", "sent", "failed", "unsent"])
  .describe("unsent: no SMTP server is configured (SMTP_URL), the mail waits here");
export type OutboxStatus = z.infer<typeof OutboxStatus>;

export const OutboxMailSummary = z.object({
  id: Id,
  kind: z.string().describe('What it is about: "invite", "password_reset", …'),
  recipient: z.string(),
  subject: z.string(),
  status: OutboxStatus,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: Timestamp,
  sentAt: Timestamp.nullable(),
});
export type OutboxMailSummary = z.infer<typeof OutboxMailSummary>;

export const OutboxMail = OutboxMailSummary.extend({
  messageId: z.string(),
  text: z
    .string()
    .nullable()
    .describe("null when the mail is about a user with rights beyond the reader's (its link is withheld)"),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), size: z.number().int() })),
});
export type OutboxMail = z.infer<typeof OutboxMail>;
