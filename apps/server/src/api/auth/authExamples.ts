import type { Me } from "@parley/protocol/auth";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";

const me: Me = {
  user: {
    id: EX.userId,
    email: "marge@example.com",
    name: "Marge Marketer",
    roleId: "r-marketing-admin",
    roleName: "Marketing admin",
  },
  permissions: ["dialogues.view", "dialogues.manage", "dialogues.publish", "people.view", "reports.view"],
  siteIds: [EX.siteId],
  csrfToken: "Xo7pQ2uV9sLr4kWm",
};
const ok = { 200: { ok: true } };
const TOKEN = "tok_9fQ2m7Lx4Vb8Rz1Kc6Wd";

export const authExamples = {
  signIn: { body: { email: "marge@example.com", password: "correct-horse-battery" }, response: { 200: me } },
  signOut: { response: ok },
  me: { response: { 200: me } },
  changePassword: {
    body: { currentPassword: "correct-horse-battery", newPassword: "a-longer-better-passphrase" },
    response: ok,
  },
  setupStatus: { response: { 200: { needsSetup: true } } },
  setup: {
    body: {
      token: TOKEN,
      email: "admin@example.com",
      name: "Ada Admin",
      password: "correct-horse-battery",
      timeZone: "Europe/London",
    },
    response: {
      200: {
        ...me,
        user: { ...me.user, email: "admin@example.com", name: "Ada Admin", roleName: "Admin" },
        siteIds: null,
      },
    },
  },
  forgotPassword: {
    body: { email: "marge@example.com" },
    response: {
      200: {
        ok: true,
        message: "If an account has this email, a link to choose a new password is on its way.",
      },
    },
  },
  inspectLink: {
    body: { token: TOKEN },
    response: {
      200: {
        purpose: "invite",
        email: "new.agent@example.com",
        name: "New Agent",
        expiresAt: "2026-03-16T10:15:00.000Z",
      },
    },
  },
  useLink: { body: { token: TOKEN, password: "correct-horse-battery" }, response: { 200: me } },
} satisfies Record<string, RouteExamples>;
