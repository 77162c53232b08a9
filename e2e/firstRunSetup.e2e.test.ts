import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { ensureWebBuild } from "./support/ensureWebBuild";
import { launchBrowser, saveScreenshot } from "./support/launchBrowser";
import { navLinkNames } from "./support/signIn";
import { type RunningServer, startServer } from "./support/startServer";

describe.skipIf(!E2E_ENABLED)(
  `First run: the setup page creates the first admin (browser)${E2E_SKIP_NOTE}`,
  () => {
    let server: RunningServer;
    let browser: Browser;

    beforeAll(async () => {
      await ensureWebBuild();
      // No PARLEY_ADMIN_* variables: the server prints a one-time setup link instead.
      server = await startServer();
      browser = await launchBrowser();
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    test(
      "the printed link opens the setup page, which creates the admin (bookable in their browser's zone) and signs them in",
      {
        timeout: 90_000,
      },
      async ({ onTestFailed }) => {
        const setupUrl = server.setupUrl();
        expect(setupUrl, `no setup link in the server's output:\n${server.output()}`).toBeTruthy();
        // The browser's zone becomes the admin's meeting hours' zone, and the form says so.
        const context = await browser.newContext({ timezoneId: "Europe/Berlin" });
        const page = await context.newPage();
        onTestFailed(async () => {
          console.error(`Screenshot of the failure: ${await saveScreenshot(page, "first-run-setup")}`);
        });

        // The server redirects /setup?token=… to the app's /app/setup?token=….
        await page.goto(setupUrl ?? "");
        await page.waitForURL(/\/app\/setup\?token=/);
        await page.getByRole("heading", { name: "Set up Parley" }).waitFor();
        await page
          .getByText("book a meeting with you, Monday to Friday 09:00–17:00 (Europe/Berlin time)", {
            exact: false,
          })
          .waitFor();

        await page.getByLabel("Your name").fill("Ada Admin");
        await page.getByLabel("Email").fill("ada@example.com");
        await page.getByLabel("Password", { exact: true }).fill("first-admin-pass");
        await page.getByLabel("Repeat password").fill("something-else");
        await page.getByRole("button", { name: "Create admin account" }).click();
        await page.getByText("The two passwords differ").waitFor();

        await page.getByLabel("Repeat password").fill("first-admin-pass");
        await page.getByRole("button", { name: "Create admin account" }).click();
        const nav = page.getByRole("navigation", { name: "Main" });
        await nav.waitFor();
        expect(await navLinkNames(nav)).toContain("Settings");
        await page.getByRole("button", { name: /Ada Admin/ }).waitFor();

        const status = await page.request.get(`${server.baseUrl}/api/setup`);
        expect(await status.json()).toEqual({ needsSetup: false });

        // The link is spent: opening it again says so instead of showing the form.
        await page.goto(setupUrl ?? "");
        await page.getByRole("heading", { name: "Parley is set up" }).waitFor();

        await context.close();
      },
    );
  },
);
