import { describe, expect, test } from "vitest";
import { appSuite, openPage } from "./support/appSuite";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { saveScreenshot } from "./support/launchBrowser";
import { signIn } from "./support/signIn";
import { ADMIN } from "./support/widgetServer";
import { chooseOption } from "./support/selectField";

describe.skipIf(!E2E_ENABLED)(`The app's skeleton (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = appSuite();

  test("leaving a dirty settings form asks first: Stay keeps the edits, Leave goes", async ({
    onTestFailed,
  }) => {
    const page = await openPage(suite, "unsaved-changes", onTestFailed);
    await signIn(page, suite.server.baseUrl, ADMIN.email, ADMIN.password);
    await page.goto(`${suite.server.baseUrl}/app/settings/teams`);
    await page.getByRole("button", { name: "New team" }).click();
    await page.getByLabel("Team name", { exact: true }).fill("Night shift");

    const tabs = page.getByRole("navigation", { name: "Settings sections" });
    await tabs.getByRole("link", { name: "Users" }).click();
    const ask = page.getByRole("alertdialog", { name: "Leave without saving?" });
    await ask.getByRole("button", { name: "Stay" }).click();
    await ask.waitFor({ state: "detached" });
    expect(page.url()).toContain("/app/settings/teams");
    expect(await page.getByLabel("Team name", { exact: true }).inputValue()).toBe("Night shift");

    await tabs.getByRole("link", { name: "Users" }).click();
    await ask.getByRole("button", { name: "Leave" }).click();
    await page.getByRole("heading", { name: "Users", exact: true }).waitFor();
    expect(page.url()).toContain("/app/settings/users");
    await page.context().close();
  });

  test("a half-filled create form (user, site, API key) asks before leaving; Leave goes", async ({
    onTestFailed,
  }) => {
    const page = await openPage(suite, "unsaved-create-forms", onTestFailed);
    await signIn(page, suite.server.baseUrl, ADMIN.email, ADMIN.password);
    const forms = [
      { path: "users", open: "Add user", field: "Name" },
      { path: "sites", open: "Create site", field: "Site name" },
      { path: "api-keys", open: "Create API key", field: "Name" },
    ];
    const tabs = page.getByRole("navigation", { name: "Settings sections" });
    const ask = page.getByRole("alertdialog", { name: "Leave without saving?" });
    for (const form of forms) {
      await page.goto(`${suite.server.baseUrl}/app/settings/${form.path}`);
      await page.getByRole("button", { name: form.open }).click();
      await page.getByLabel(form.field, { exact: true }).fill("Half done");
      await tabs.getByRole("link", { name: "Roles" }).click();
      await ask.getByRole("button", { name: "Leave" }).click();
      await page.getByRole("heading", { name: "Roles", exact: true }).waitFor();
      expect(page.url()).toContain("/app/settings/roles");
    }
    await page.context().close();
  });

  test("a bad value gets one plain-words error, linked to its field", async ({ onTestFailed }) => {
    const page = await openPage(suite, "plain-error", onTestFailed);
    await signIn(page, suite.server.baseUrl, ADMIN.email, ADMIN.password);
    await page.goto(`${suite.server.baseUrl}/app/settings/users`);
    await page.getByRole("button", { name: "Add user" }).click();
    const email = page.getByLabel("Email", { exact: true });
    await page.getByLabel("Name", { exact: true }).fill("Nora");
    await email.fill("not-an-email");
    await chooseOption(page, "Role", "Marketing user");
    await page.getByLabel("Password", { exact: true }).fill("long-enough-password");
    await page.getByRole("button", { name: "Create user" }).click();

    const message = page.getByText("Must be a valid email address", { exact: true });
    await message.waitFor();
    expect(await message.count()).toBe(1);
    const describedBy = (await email.getAttribute("aria-describedby")) ?? "";
    expect(describedBy.split(" ")).toContain(await message.getAttribute("id"));
    // No browser bubble of its own: the form leaves checking to the app.
    expect(await email.evaluate((el: HTMLInputElement) => el.form?.noValidate)).toBe(true);
    await page.context().close();
  });

  test("at 375 px the menu button opens the navigation, which goes and closes", async ({ onTestFailed }) => {
    const context = await suite.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    onTestFailed(async () => console.error(`Screenshot: ${await saveScreenshot(page, "nav-375-failure")}`));
    await page.goto(`${suite.server.baseUrl}/app/sign-in`);
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();

    await page.getByRole("button", { name: "Menu", exact: true }).click();
    const drawer = page.getByRole("dialog", { name: "Navigation" });
    await drawer.getByRole("link", { name: "Inbox" }).waitFor();
    console.log(`Drawer at 375 px: ${await saveScreenshot(page, "nav-375-open")}`);
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "detached" });

    await page.getByRole("button", { name: "Menu", exact: true }).click();
    await drawer.getByRole("link", { name: "Inbox" }).click();
    await page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
    await drawer.waitFor({ state: "detached" });
    // The account menu stays reachable on a phone.
    await page.getByRole("button", { name: /account menu/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).waitFor();
    await context.close();
  });

  test("a lazily loaded route loads its own chunk", async ({ onTestFailed }) => {
    const page = await openPage(suite, "lazy-chunk", onTestFailed);
    await signIn(page, suite.server.baseUrl, ADMIN.email, ADMIN.password);
    const chunks: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith(".js")) chunks.push(new URL(request.url()).pathname);
    });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await page
      .getByRole("navigation", { name: "Settings sections" })
      .getByRole("link", { name: "Outbox" })
      .click();
    await page.getByRole("heading", { name: "Outbox", exact: true }).waitFor();
    expect(chunks.some((path) => /\/app\/assets\/OutboxSection-[\w-]+\.js$/.test(path))).toBe(true);
    await page.context().close();
  });
});
