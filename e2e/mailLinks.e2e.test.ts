import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { linkToken } from "../apps/server/src/testing/mailLinks";
import { type SmtpSink, startSmtpSink } from "../apps/server/src/testing/smtpSink";
import { appSuite, openPage } from "./support/appSuite";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { signIn } from "./support/signIn";
import { ADMIN } from "./support/widgetServer";
import { chooseOption } from "./support/selectField";

describe.skipIf(!E2E_ENABLED)(`Mail: invitations and "Forgot password?" (browser)${E2E_SKIP_NOTE}`, () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink?.close();
  });
  // The server under test sends its mail to the loopback SMTP server above.
  const suite = appSuite({ env: () => ({ SMTP_URL: sink.url }) });

  async function choosePassword(page: Page, password: string, button: string): Promise<void> {
    await page.getByLabel("New password", { exact: true }).fill(password);
    await page.getByLabel("Repeat password", { exact: true }).fill(password);
    await page.getByRole("button", { name: button }).click();
  }

  test(
    "an admin invites a user by email; the invited user sets a password from the mailed link and lands signed in, once",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const stamp = Date.now();
      const invited = {
        name: "Ivo Invited",
        email: `ivo.${stamp}@example.com`,
        password: "ivo-chose-this-1",
      };

      const admin = await openPage(suite, "mail-invite-admin", onTestFailed);
      const nav = await signIn(admin, suite.server.baseUrl, ADMIN.email, ADMIN.password);
      await nav.getByRole("link", { name: "Settings", exact: true }).click();
      await admin.getByRole("heading", { name: "Users", exact: true }).waitFor();
      await admin.getByRole("button", { name: "Invite", exact: true }).click();
      await admin.getByRole("heading", { name: "Invite a user" }).waitFor();
      expect(await admin.getByLabel("Password", { exact: true }).count()).toBe(0);
      await admin.getByLabel("Name", { exact: true }).fill(invited.name);
      await admin.getByLabel("Email", { exact: true }).fill(invited.email);
      await chooseOption(admin, "Role", "Marketing user");
      await admin.getByRole("button", { name: "Send invitation" }).click();
      await admin.getByText(`Invitation for ${invited.email} queued`).waitFor();

      const mail = await sink.waitFor(invited.email);
      expect(mail.subject).toBe("You're invited to Parley");
      const link = `${suite.server.baseUrl}/app/accept-invite?token=${linkToken(mail, "accept-invite")}`;
      expect(mail.text).toContain(link);

      const user = await openPage(suite, "mail-invite-user", onTestFailed);
      await user.goto(link);
      await user.getByRole("heading", { name: "Welcome to Parley" }).waitFor();
      await user.getByText(invited.email).waitFor();
      // The same rule as everywhere: at least 10 characters, said beside the field.
      await choosePassword(user, "short", "Set password and sign in");
      await user.getByText("At least 10 characters", { exact: true }).waitFor();
      await choosePassword(user, invited.password, "Set password and sign in");
      const userNav = user.getByRole("navigation", { name: "Main" });
      await userNav.waitFor();
      expect(await userNav.getByRole("link").allInnerTexts()).toContain("Dialogues");
      await user.getByRole("button", { name: new RegExp(invited.name) }).waitFor();

      // The link worked once: opened again, it says so plainly.
      const again = await openPage(suite, "mail-invite-again", onTestFailed);
      await again.goto(link);
      await again.getByRole("heading", { name: "This link does not work" }).waitFor();
      await again.getByText("This link has already been used.").waitFor();

      // The admin finds the mail in Settings → Outbox, sent.
      await admin.getByRole("link", { name: "Outbox", exact: true }).click();
      const row = admin.getByRole("row").filter({ hasText: invited.email });
      await row.getByRole("cell", { name: "Sent", exact: true }).waitFor();
      await row.getByRole("link", { name: "You're invited to Parley" }).click();
      await admin.getByLabel("Mail text").getByText("/app/accept-invite?token=").waitFor();

      for (const page of [admin, user, again]) await page.context().close();
    },
  );

  test(
    '"Forgot password?" on the sign-in page mails a link that sets a new password and signs in',
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const stamp = Date.now();
      const roles = await suite.api.request<{ id: string; name: string }[]>("GET", "/api/roles");
      const roleId = roles.find((r) => r.name === "Live agent")?.id;
      const person = { name: "Fay Forgetful", email: `fay.${stamp}@example.com` };
      await suite.api.request("POST", "/api/users", {
        ...person,
        password: "forgotten-password",
        roleId,
        siteIds: null,
      });

      const page = await openPage(suite, "mail-forgot", onTestFailed);
      await page.goto(`${suite.server.baseUrl}/app/sign-in`);
      await page.getByRole("link", { name: "Forgot password?" }).click();
      await page.getByRole("heading", { name: "Forgot your password?" }).waitFor();
      await page.getByLabel("Email").fill(person.email);
      await page.getByRole("button", { name: "Send me a link" }).click();
      await page.getByText("If an account exists for that address, we've sent a link").waitFor();

      const mail = await sink.waitFor(person.email);
      expect(mail.subject).toBe("Reset your Parley password");
      await page.goto(
        `${suite.server.baseUrl}/app/reset-password?token=${linkToken(mail, "reset-password")}`,
      );
      await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
      await choosePassword(page, "remembered-now-1", "Save and sign in");
      await page.getByRole("navigation", { name: "Main" }).waitFor();

      const later = await openPage(suite, "mail-forgot-later", onTestFailed);
      await signIn(later, suite.server.baseUrl, person.email, "remembered-now-1");
      for (const p of [page, later]) await p.context().close();
    },
  );
});
