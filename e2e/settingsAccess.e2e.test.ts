import { describe, expect, test } from "vitest";
import { appSuite, openPage } from "./support/appSuite";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { navLinkNames, signIn } from "./support/signIn";
import { ADMIN } from "./support/widgetServer";
import { chooseOption, chosenOption, selectButton } from "./support/selectField";

describe.skipIf(!E2E_ENABLED)(`Settings: users and access (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = appSuite();

  test(
    "an admin adds a Live agent, who then cannot reach Settings",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const page = await openPage(suite, "live-agent-refused-settings", onTestFailed);
      const agent = {
        name: "Lena Live",
        email: `lena.${Date.now()}@example.com`,
        password: "agent-password-1",
      };

      // The admin creates the user through the Users screen.
      const adminNav = await signIn(page, suite.server.baseUrl, ADMIN.email, ADMIN.password);
      await adminNav.getByRole("link", { name: "Settings", exact: true }).click();
      await page.getByRole("heading", { name: "Users", exact: true }).waitFor();
      await page.getByRole("button", { name: "Add user" }).click();
      await page.getByLabel("Name", { exact: true }).fill(agent.name);
      await page.getByLabel("Email", { exact: true }).fill(agent.email);
      await chooseOption(page, "Role", "Live agent");
      await page.getByLabel("Password", { exact: true }).fill(agent.password);
      await page.getByRole("button", { name: "Create user" }).click();
      await page.getByText(`${agent.name} can now sign in as ${agent.email}.`).waitFor();
      await selectButton(page, `Role of ${agent.name}`).waitFor();
      expect(await chosenOption(page, `Role of ${agent.name}`)).toBe("Live agent");

      // Sign out from the account menu.
      await page.getByRole("button", { name: /account menu/ }).click();
      await page.getByRole("menuitem", { name: "Sign out" }).click();
      await page.waitForURL("**/app/sign-in");
      await page.getByRole("heading", { name: "Sign in" }).waitFor();

      // The agent sees their areas, not Settings.
      const agentNav = await signIn(page, suite.server.baseUrl, agent.email, agent.password);
      const areas = await navLinkNames(agentNav);
      expect(areas).toContain("Inbox");
      expect(areas).not.toContain("Settings");

      // Opening Settings by URL shows the refusal, and the server refuses too.
      await page.goto(`${suite.server.baseUrl}/app/settings`);
      await page.getByRole("heading", { name: "You don't have access to Settings" }).waitFor();
      expect(await navLinkNames(page.getByRole("navigation", { name: "Main" }))).not.toContain("Settings");
      const usersResponse = await page.request.get(`${suite.server.baseUrl}/api/users`);
      expect(usersResponse.status()).toBe(403);

      await page.context().close();
    },
  );

  test(
    "the Users form shows the server's message beside the field",
    { timeout: 60_000 },
    async ({ onTestFailed }) => {
      const page = await openPage(suite, "users-form-field-error", onTestFailed);
      await signIn(page, suite.server.baseUrl, ADMIN.email, ADMIN.password);
      await page.goto(`${suite.server.baseUrl}/app/settings/users`);
      await page.getByRole("button", { name: "Add user" }).click();
      await page.getByLabel("Name", { exact: true }).fill("Shorty");
      await page.getByLabel("Email", { exact: true }).fill(`shorty.${Date.now()}@example.com`);
      await chooseOption(page, "Role", "Marketing user");
      const password = page.getByLabel("Password", { exact: true });
      await password.fill("short");
      await page.getByRole("button", { name: "Create user" }).click();

      await page.getByText("At least 10 characters", { exact: true }).waitFor();
      expect(await password.getAttribute("aria-invalid")).toBe("true");
      const describedBy = (await password.getAttribute("aria-describedby")) ?? "";
      const described = await page.locator(`[id="${describedBy.split(" ").at(-1)}"]`).textContent();
      expect(described).toBe("At least 10 characters");
      // Said once: the hint gives way to the error.
      expect(await page.getByText("At least 10 characters").count()).toBe(1);

      await page.context().close();
    },
  );
});
