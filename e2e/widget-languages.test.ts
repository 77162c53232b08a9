import type { Locator } from "playwright-core";
import type { ParleyLanguage } from "../apps/widget/src/parley";
import { loadMessages } from "../apps/widget/src/app/i18n/loadMessages";
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

/**
 * The server's clock stands still at this instant, so every message is stamped with it: 08:05 in Paris,
 * 16:05 in Tokyo, 20:05 in Auckland, 21:05 on Kiritimati, 03:35 in St John's. Each browser's clock is
 * frozen too (page.clock), so "today" and "yesterday" hold at any hour and on any date.
 */
const SERVER_NOW = "2026-12-01T07:05:00.000Z";

/** The day line above the conversation and each message's own time (its tooltip). */
async function shownTimes(
  dialog: Locator,
): Promise<{ day: string; datetime: string | null; rows: string[] }> {
  const day = dialog.locator(".tm time").first();
  return {
    day: await day.innerText(),
    datetime: await day.getAttribute("datetime"),
    rows: await dialog
      .locator(".log .row")
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("title") ?? "")),
  };
}

describe.skipIf(!E2E_ENABLED)(`Widget in the visitor's language (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = widgetSuite({ frozenClock: SERVER_NOW });

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
      await page.clock.setFixedTime("2026-12-01T07:20:00Z");
      await page.goto(`${suite.pages.url}/fr`);
      await widget(page).locator(".poke").waitFor();
      expect(await launcher(page).getAttribute("aria-label")).toBe("Ouvrir la discussion, 1 message non lu");
      await launcher(page).click();
      const dialog = chatWindow(page);
      expect(await dialog.getAttribute("aria-label")).toBe("Discuter avec Parley");
      await dialog.getByRole("button", { name: "Les tarifs" }).click();
      const input = dialog.getByLabel("Votre réponse").filter({ visible: true });
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
      // The day line: Intl, in the visitor's locale and time zone; French writes 08:05, not 8:05.
      expect(await dialog.locator(".tm time").first().innerText()).toBe("Aujourd’hui, 08:05");
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

  test.for([
    // Late the same evening in Tokyo: today.
    {
      locale: "ja-JP",
      timezoneId: "Asia/Tokyo",
      browserNow: "2026-12-01T14:00:00Z",
      day: "今日 16:05",
      time: "16:05",
    },
    // Half an hour off UTC and a 12-hour clock; 00:30 the next night there, 21 hours later: yesterday.
    {
      locale: "en-US",
      timezoneId: "America/St_Johns",
      browserNow: "2026-12-02T04:00:00Z",
      day: "Yesterday, 3:35 AM",
      time: "3:35 AM",
    },
    // UTC+14: already evening, and five minutes before that zone's midnight.
    {
      locale: "en-GB",
      timezoneId: "Pacific/Kiritimati",
      browserNow: "2026-12-01T09:55:00Z",
      day: "Today, 21:05",
      time: "21:05",
    },
  ])(
    "a visitor in $timezoneId ($locale) sees each message's time on their own clock: $day",
    { timeout: 90_000 },
    async ({ locale, timezoneId, browserNow, day, time }, { onTestFailed }) => {
      const site = await suite.admin.createSite();
      await suite.admin.publish(site.id, emailStream);
      const path = `/tz-${timezoneId.replace(/\W/g, "-")}`;
      suite.pages.page(path, () => testPageHtml(suite.server.baseUrl, site.siteKey));
      const { page } = await newVisitor(suite, onTestFailed, `widget-time-zone-${locale}`, {
        locale,
        timezoneId,
      });
      await page.clock.setFixedTime(browserNow);
      await page.goto(`${suite.pages.url}${path}`);
      await widget(page).locator(".poke").waitFor();
      await launcher(page).click();
      const dialog = chatWindow(page);
      await dialog.getByRole("button", { name: "Pricing" }).click();
      await dialog.getByText("Your email?").waitFor();
      expect(await shownTimes(dialog)).toEqual({ day, datetime: SERVER_NOW, rows: [time, time, time] });
    },
  );

  test.for([
    {
      locale: "en-US",
      timezoneId: "Europe/Paris",
      shown: {
        en: "Today, 8:05 AM",
        fr: "Aujourd’hui, 08:05",
        it: "Oggi, 08:05",
        es: "Hoy, 8:05",
        de: "Heute, 08:05",
        "pt-BR": "Hoje, 08:05",
        nl: "Vandaag, 08:05",
        ja: "今日 8:05",
        ko: "오늘 오전 8:05",
        "zh-CN": "今天 08:05",
      },
    },
    {
      locale: "en-GB",
      timezoneId: "Pacific/Auckland",
      shown: {
        en: "Today, 20:05",
        fr: "Aujourd’hui, 20:05",
        it: "Oggi, 20:05",
        es: "Hoy, 20:05",
        de: "Heute, 20:05",
        "pt-BR": "Hoje, 20:05",
        nl: "Vandaag, 20:05",
        ja: "今日 20:05",
        ko: "오늘 오후 8:05",
        "zh-CN": "今天 20:05",
      },
    },
  ])(
    "the time of day in each of the ten languages, $timezoneId ($locale)",
    { timeout: 90_000 },
    async ({ locale, timezoneId, shown }, { onTestFailed }) => {
      const site = await suite.admin.createSite();
      await suite.admin.publish(site.id, emailStream);
      const path = `/ten-${timezoneId.replace(/\W/g, "-")}`;
      suite.pages.page(path, () => testPageHtml(suite.server.baseUrl, site.siteKey));
      const { page } = await newVisitor(suite, onTestFailed, `widget-ten-languages-${locale}`, {
        locale,
        timezoneId,
      });
      await page.clock.setFixedTime("2026-12-01T07:30:00Z");
      await page.goto(`${suite.pages.url}${path}`);
      await launcher(page).click();
      const dialog = chatWindow(page);
      await dialog.getByRole("button", { name: "Pricing" }).waitFor();
      const seen: Record<string, string> = {};
      for (const language of Object.keys(shown) as ParleyLanguage[]) {
        await page.evaluate((code) => window.Parley?.setLanguage(code), language);
        // setLanguage redraws once the language's texts have loaded: the close button says so.
        const closeLabel = (await loadMessages(language)).closeChat;
        await dialog.getByRole("button", { name: closeLabel, exact: true }).waitFor();
        seen[language] = await dialog.locator(".tm time").first().innerText();
      }
      expect(seen).toEqual(shown);
    },
  );
});
