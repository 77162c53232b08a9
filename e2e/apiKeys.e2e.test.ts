import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { appSuite, openPage } from "./support/appSuite";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { signIn } from "./support/signIn";
import { ADMIN } from "./support/widgetServer";
import { tick } from "./support/tick";

interface ApiKey {
  id: string;
  name: string;
  scopes: string[];
  siteIds: string[] | null;
}

interface Role {
  id: string;
  name: string;
}

describe.skipIf(!E2E_ENABLED)(`Settings: API keys and the sites they reach (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = appSuite();

  /** Signs in and opens Settings → API keys through the navigation. */
  async function openApiKeys(page: Page, email = ADMIN.email, password = ADMIN.password): Promise<void> {
    const nav = await signIn(page, suite.server.baseUrl, email, password);
    await nav.getByRole("link", { name: "Settings", exact: true }).click();
    await page
      .getByRole("navigation", { name: "Settings sections" })
      .getByRole("link", { name: "API keys" })
      .click();
    await page.getByRole("heading", { name: "API keys", exact: true }).waitFor();
  }

  /** Opens the form and fills a name and the people.view scope. */
  async function startKey(page: Page, name: string): Promise<Locator> {
    await page.getByRole("button", { name: "Create API key" }).click();
    await page.getByLabel("Name", { exact: true }).fill(name);
    await tick(page.getByRole("checkbox", { name: /people\.view/ }));
    return page.getByRole("group", { name: "Site access", exact: true });
  }

  function rowOf(page: Page, keyName: string): Locator {
    return page.getByRole("row").filter({ hasText: keyName });
  }

  async function keysNamed(name: string): Promise<ApiKey[]> {
    return (await suite.api.request<ApiKey[]>("GET", "/api/api-keys")).filter((key) => key.name === name);
  }

  /** A REST call made with the key's secret, as an integration would. */
  function asKey(secret: string, path: string): Promise<Response> {
    return fetch(suite.server.baseUrl + path, { headers: { authorization: `Bearer ${secret}` } });
  }

  test(
    "the admin creates a key limited to one site: the secret is shown once, the list names the site, and the key reaches only that site",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const stamp = Date.now();
      const shop = await suite.api.createSite({ name: `Shop ${stamp}` });
      const demo = await suite.api.demoSite();
      const keyName = `CRM sync ${stamp}`;

      const page = await openPage(suite, "api-key-one-site", onTestFailed);
      await openApiKeys(page);
      const access = await startKey(page, keyName);
      // The default sends no list; the admin reaches every site, so "All sites" is offered too.
      expect(await access.getByRole("radio", { name: /Same as mine/ }).isChecked()).toBe(true);
      expect(await access.getByRole("radio", { name: /^All sites/ }).count()).toBe(1);
      await tick(access.getByRole("radio", { name: "Chosen sites" }));
      await tick(access.getByRole("checkbox", { name: shop.name, exact: true }));
      await page.getByRole("button", { name: "Create key" }).click();

      // The secret, once.
      const panel = page.getByRole("region", { name: `API key “${keyName}” created` });
      const secret = (await panel.locator(".code-box code").textContent()) ?? "";
      expect(secret).toMatch(/^pk_/);
      const row = rowOf(page, keyName);
      await row.getByRole("cell", { name: shop.name, exact: true }).waitFor();
      await panel.getByRole("button", { name: "I have stored it" }).click();
      expect(await panel.count()).toBe(0);
      await page.reload();
      await row.getByRole("cell", { name: shop.name, exact: true }).waitFor();
      expect(await page.getByText(secret).count()).toBe(0);

      const [created] = await keysNamed(keyName);
      expect(created).toMatchObject({ scopes: ["people.view"], siteIds: [shop.id] });

      // The key, used from outside the browser, sees only its site.
      const sitesResponse = await asKey(secret, "/api/sites");
      expect(sitesResponse.status).toBe(200);
      const sites = (await sitesResponse.json()) as { id: string; name: string }[];
      expect(sites.map((site) => site.name)).toEqual([shop.name]);
      expect((await asKey(secret, `/api/sites/${shop.id}/people`)).status).toBe(200);
      expect((await asKey(secret, `/api/sites/${demo.id}/people`)).status).toBe(404);

      await page.context().close();
    },
  );

  test(
    "Chosen sites with none ticked is refused in the form and creates nothing; Same as mine then gives the admin's every site",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const keyName = `Warehouse export ${Date.now()}`;
      const page = await openPage(suite, "api-key-no-site", onTestFailed);
      await openApiKeys(page);
      const access = await startKey(page, keyName);
      await tick(access.getByRole("radio", { name: "Chosen sites" }));
      await page.getByRole("button", { name: "Create key" }).click();

      await access
        .getByRole("alert")
        .filter({ hasText: "Tick at least one site, or choose Same as mine." })
        .waitFor();
      expect(await keysNamed(keyName)).toEqual([]);
      expect(await page.getByRole("region", { name: /created/ }).count()).toBe(0);

      await tick(access.getByRole("radio", { name: /Same as mine/ }));
      expect(await access.getByRole("alert").count()).toBe(0);
      await page.getByRole("button", { name: "Create key" }).click();
      await page.getByRole("region", { name: `API key “${keyName}” created` }).waitFor();
      await rowOf(page, keyName).getByRole("cell", { name: "All sites", exact: true }).waitFor();
      const keys = await keysNamed(keyName);
      expect(keys.map((key) => key.siteIds)).toEqual([null]);

      await page.context().close();
    },
  );

  test(
    "a Marketing admin limited to one site is not offered All sites, and Same as mine gives the key their site",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const stamp = Date.now();
      const shop = await suite.api.createSite({ name: `Outlet ${stamp}` });
      const roles = await suite.api.request<Role[]>("GET", "/api/roles");
      const marketingAdmin = roles.find((role) => role.name === "Marketing admin");
      if (!marketingAdmin) throw new Error("no Marketing admin role");
      const person = { name: "Kim Keys", email: `kim.${stamp}@example.com`, password: "kim-password-1" };
      await suite.api.request("POST", "/api/users", {
        ...person,
        roleId: marketingAdmin.id,
        siteIds: [shop.id],
      });
      const keyName = `Newsletter ${stamp}`;

      const page = await openPage(suite, "api-key-limited-creator", onTestFailed);
      await openApiKeys(page, person.email, person.password);
      const access = await startKey(page, keyName);
      expect(await access.getByRole("radio", { name: /^All sites/ }).count()).toBe(0);
      const same = access.getByRole("radio", { name: /Same as mine/ });
      expect(await same.isChecked()).toBe(true);
      await access.getByText(`The sites you reach now: ${shop.name}`).waitFor();

      await page.getByRole("button", { name: "Create key" }).click();
      await page.getByRole("region", { name: `API key “${keyName}” created` }).waitFor();
      await rowOf(page, keyName).getByRole("cell", { name: shop.name, exact: true }).waitFor();
      expect((await keysNamed(keyName)).map((key) => key.siteIds)).toEqual([[shop.id]]);

      await page.context().close();
    },
  );
});
