import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { chatWindow, launcher, testPageHtml, transcript, widget } from "./support/widgetPage";
import { emailStream } from "./support/widgetStreams";
import { newVisitor, widgetSuite } from "./support/widgetSuite";

const translated = {
  ...emailStream,
  translations: {
    fr: {
      q: { text: "Qu'est-ce qui vous amène ?", answers: { a: "Les tarifs", b: "L'assistance" } },
      email: { text: "Votre e-mail ?" },
      bye: { text: "Merci !" },
    },
  },
};

describe.skipIf(!E2E_ENABLED)(`Widget in the visitor's language (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = widgetSuite();

  test(
    "a French browser: French widget texts, the dialogue's French translation, French errors, dates and plurals",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const site = await suite.admin.createSite();
      await suite.admin.publish(site.id, translated);
      suite.pages.page("/fr", () => testPageHtml(suite.server.baseUrl, site.siteKey));
      const { page } = await newVisitor(suite, onTestFailed, "widget-french", {
        locale: "fr-FR",
        timezoneId: "Europe/Paris",
      });
      await page.goto(`${suite.pages.url}/fr`);
      await widget(page).locator(".poke").waitFor();
      expect(await launcher(page).getAttribute("aria-label")).toBe("Ouvrir la discussion, 1 message non lu");
      await launcher(page).click();
      const dialog = chatWindow(page);
      expect(await dialog.getAttribute("aria-label")).toBe("Discuter avec Parley");
      await dialog.getByRole("button", { name: "Les tarifs" }).click();
      const input = dialog.getByLabel("Votre réponse");
      await expect.poll(() => input.isEnabled(), { timeout: 10_000 }).toBe(true);
      expect(await input.getAttribute("placeholder")).toBe("nom@entreprise.com");
      await input.fill("pas-un-email");
      await input.press("Enter");
      await dialog.getByText("Veuillez saisir une adresse e-mail valide.").waitFor();
      await input.fill(`fr.${Date.now()}@example.com`);
      await input.press("Enter");
      await dialog.getByText("Cette conversation est terminée.").waitFor();
      const rows = await transcript(dialog);
      expect(rows[0]).toBe("Parley: Qu'est-ce qui vous amène ?");
      expect(rows[1]).toBe("Vous: Les tarifs");
      expect(rows.at(-1)).toBe("Parley: Merci !");
      // The day line: Intl, in the visitor's locale and time zone.
      const day = await dialog.locator(".tm time").first().innerText();
      expect(day).toMatch(/^Aujourd’hui, \d{2}:\d{2}$/);
    },
  );

  test(
    "the site's language wins over the browser's; the launcher is labelled in it before the app loads",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const site = await suite.admin.createSite({ language: "ja" });
      await suite.admin.publish(site.id, emailStream, {
        targeting: {
          include: [],
          exclude: [],
          audience: null,
          trigger: { kind: "seconds_on_page", seconds: 30 },
        },
      });
      suite.pages.page("/ja", () => testPageHtml(suite.server.baseUrl, site.siteKey));
      const { page } = await newVisitor(suite, onTestFailed, "widget-japanese", { locale: "de-DE" });
      const loaded: string[] = [];
      page.on("request", (r) => loaded.push(new URL(r.url()).pathname));
      await page.goto(`${suite.pages.url}/ja`);
      await launcher(page).waitFor();
      expect(await launcher(page).getAttribute("aria-label")).toBe("チャットを開く");
      expect(loaded.some((p) => p.startsWith("/widget/app-"))).toBe(false);
      // Clicking the launcher starts the dialogue before its trigger; the Japanese texts come as one small chunk.
      await launcher(page).click();
      const dialog = chatWindow(page);
      await dialog.waitFor();
      expect(await dialog.getByRole("button", { name: "チャットを閉じる" }).count()).toBe(1);
      expect(loaded.filter((p) => /^\/widget\/(?!app-)/.test(p))).toEqual([
        expect.stringMatching(/^\/widget\/ja-\w+\.js$/),
      ]);
      await dialog.getByRole("button", { name: "Pricing" }).waitFor();
    },
  );
});
