import { describe, expect, test } from "vitest";
import { appSuite, openPage } from "./support/appSuite";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { signIn } from "./support/signIn";
import { chatWindow, launcher } from "./support/widgetPage";
import { ADMIN } from "./support/widgetServer";
import { chooseOption } from "./support/selectField";

describe.skipIf(!E2E_ENABLED)(`Settings: the widget's appearance (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = appSuite({ widget: true });

  test(
    "an admin sets when finished dialogues may return, renames the bot, recolours and moves the launcher; the demo page follows",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const page = await openPage(suite, "site-branding", onTestFailed);
      const context = page.context();

      const nav = await signIn(page, suite.server.baseUrl, ADMIN.email, ADMIN.password);
      await nav.getByRole("link", { name: "Settings", exact: true }).click();
      await page.getByRole("link", { name: "Sites", exact: true }).click();
      await page.getByRole("main").getByRole("link", { name: "Demo site" }).first().click();
      // The snippet to paste, with this server's address and the site's key, copies as shown.
      const sites = (await (await page.request.get(`${suite.server.baseUrl}/api/sites`)).json()) as {
        name: string;
        siteKey: string;
      }[];
      const demoKey = sites.find((s) => s.name === "Demo site")?.siteKey;
      const snippet = `<script src="${suite.server.baseUrl}/widget.js" data-site="${demoKey}" async></script>`;
      const install = page.getByRole("region", { name: "Install on your website" });
      expect(await install.locator("pre code").innerText()).toBe(snippet);
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await install.getByRole("button", { name: "Copy snippet" }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

      // General settings: how soon a finished dialogue may come back (empty: never).
      const general = page.getByRole("form", { name: "Settings of Demo site" });
      const restart = general.getByLabel("Show a finished dialogue again after (days)");
      await restart.fill("two weeks");
      await general.getByRole("button", { name: "Save settings" }).click();
      await general.getByText("Must be a whole number of days, or empty for never").waitFor();
      await restart.fill("14");
      await general.getByRole("button", { name: "Save settings" }).click();
      await general.getByText("Site settings saved.").waitFor();
      await page.reload();
      expect(await restart.inputValue()).toBe("14");

      const form = page.getByRole("form", { name: "Widget appearance of Demo site" });
      await form.getByLabel("Bot name").fill("Ava");
      await form.getByLabel("Launcher", { exact: true }).fill("#aa3300");
      await chooseOption(form, "Position", "Bottom left");
      const offset = form.getByLabel("Offset from the side (px)");
      await offset.fill("forty");
      await form.getByRole("button", { name: "Save appearance" }).click();
      await form.getByText("Must be a whole number of pixels").waitFor();
      // The preview already shows the new name.
      await expect
        .poll(() =>
          page.frameLocator('iframe[title="Widget preview"]').locator("parley-widget .hd h2").innerText(),
        )
        .toBe("Ava");

      await offset.fill("40");
      await form.getByRole("button", { name: "Save appearance" }).click();
      await form.getByText("Widget appearance saved.").waitFor();

      await page.goto(`${suite.server.baseUrl}/demo`);
      await launcher(page).waitFor();
      const box = await launcher(page).boundingBox();
      expect(box?.x).toBe(40);
      expect(await launcher(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        "rgb(170, 51, 0)",
      );
      await launcher(page).click();
      expect(await chatWindow(page).getAttribute("aria-label")).toBe("Chat with Ava");
      await context.close();
    },
  );
});
