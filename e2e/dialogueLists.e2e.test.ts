import { describe, expect, test } from "vitest";
import { appSuite, openPage } from "./support/appSuite";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { signIn } from "./support/signIn";
import { ADMIN } from "./support/widgetServer";

type Dialogue = { id: string; name: string; priority: number };

describe.skipIf(!E2E_ENABLED)(`Dialogue lists (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = appSuite();

  test(
    "a new site is guided to its first dialogue and told why nothing shows; reordering by keyboard and by drag is saved",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const { api, server } = suite;
      const me = await api.request<{ user: { id: string } }>("GET", "/api/auth/me");
      const site = await api.request<{ id: string }>("POST", "/api/sites", { name: "Lists shop" });
      const page = await openPage(suite, "dialogue-lists", onTestFailed);
      await signIn(page, server.baseUrl, ADMIN.email, ADMIN.password);
      await page.evaluate(
        ([k, v]) => localStorage.setItem(k ?? "", v ?? ""),
        [`parley.site.${me.user.id}`, site.id],
      );
      await page.goto(`${server.baseUrl}/app/dialogues`);

      // The empty site: the snippet banner says why, the guide offers the templates.
      const banner = page.getByRole("region", { name: "Visitors see no dialogue on your website yet" });
      await expect.poll(() => banner.innerText()).toContain("no allowed domains");
      await page.getByRole("button", { name: "Use the template Book a demo" }).click();
      const dialog = page.getByRole("dialog", { name: "New dialogue" });
      await expect.poll(() => dialog.getByRole("radio", { name: /Book a demo/ }).isChecked()).toBe(true);
      await dialog.getByLabel("Name").fill("Demo offer");
      await dialog.getByRole("button", { name: "Create and open the designer" }).click();
      await page.waitForURL(/\/app\/dialogues\/[\w-]+\/design$/);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe("Demo offer");

      const base = `/api/sites/${site.id}/dialogues`;
      await api.request("POST", base, { name: "Second" });
      await api.request("POST", base, { name: "Third" });
      await page.goto(`${server.baseUrl}/app/dialogues`);
      const names = () =>
        page
          .getByRole("row")
          .evaluateAll((rows) => rows.map((r) => r.querySelector(".cell-title")?.textContent));
      const saved = async () =>
        (await api.request<Dialogue[]>("GET", `${base}?kind=dialogue`)).map((d) => d.name).join(",");
      await expect.poll(names).toHaveLength(3);
      const first = (await names())[0];

      // Keyboard: Enter on the handle picks the row up, arrows choose the place, Enter drops.
      const handle = page.getByRole("button", { name: `Drag to reorder ${first}` });
      await handle.focus();
      await page.keyboard.press("Enter");
      const dropTarget = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
      await expect.poll(dropTarget).toMatch(/^Insert between/);
      // Down to the place after the last row (the drop positions wrap round at the end).
      for (let i = 0; i < 5 && !(await dropTarget()).startsWith("Insert after"); i++)
        await page.keyboard.press("ArrowDown");
      expect(await dropTarget()).toBe("Insert after Third");
      await page.keyboard.press("Enter");
      await expect.poll(saved).toMatch(new RegExp(`,${first}$`));
      await expect.poll(async () => (await names())[2]).toBe(first);

      // Mouse: drag the last row (the browser's own drag and drop) onto the top edge of the first.
      const rows = page.getByRole("row");
      await rows.nth(2).dragTo(rows.nth(0), { targetPosition: { x: 200, y: 3 } });
      await expect.poll(saved).toMatch(new RegExp(`^${first},`));
      const priorities = (await api.request<Dialogue[]>("GET", `${base}?kind=dialogue`)).map(
        (d) => d.priority,
      );
      expect(priorities).toEqual([1000, 999, 998]);
    },
  );
});
