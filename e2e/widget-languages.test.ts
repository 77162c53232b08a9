import type { Page } from "playwright-core";
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

/** Every message the server sent this page over its WebSocket, by sequence number. */
function recordServerMessages(page: Page): Map<number, { createdAt: string; author: string }> {
  const messages = new Map<number, { createdAt: string; author: string }>();
  page.on("websocket", (socket) =>
    socket.on("framereceived", ({ payload }) => {
      const frame = JSON.parse(String(payload)) as {
        type: string;
        messages?: { seq: number; createdAt: string; author: string }[];
      };
      if (frame.type !== "conversation.messages") return;
      for (const m of frame.messages ?? []) messages.set(m.seq, { createdAt: m.createdAt, author: m.author });
    }),
  );
  return messages;
}

/** Hours and minutes (24-hour) of an instant on the clock of `timeZone`, computed here with Intl. */
function clockIn(timeZone: string, instant: string): { hour: number; minute: number; date: string } {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    hour: Number(part("hour")),
    minute: Number(part("minute")),
    date: `${part("year")}-${part("month")}-${part("day")}`,
  };
}

/** Reads "14:05", "9:05" or "2:05 PM" at the end of a text as 24-hour hours and minutes. */
function readClock(text: string): { hour: number; minute: number } {
  const match = text.match(/(\d{1,2}):(\d{2})(?:\s*([AP]M))?$/);
  if (!match) throw new Error(`no time of day at the end of ${JSON.stringify(text)}`);
  const hour12 = Number(match[1]) % 12;
  const hour = match[3] === "PM" ? hour12 + 12 : match[3] === "AM" ? hour12 : Number(match[1]);
  return { hour, minute: Number(match[2]) };
}

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

  test.for([
    { locale: "ja-JP", timezoneId: "Asia/Tokyo", today: "今日", yesterday: "昨日", separator: " " },
    // Half an hour off UTC, and a 12-hour clock.
    {
      locale: "en-US",
      timezoneId: "America/St_Johns",
      today: "Today",
      yesterday: "Yesterday",
      separator: ", ",
    },
  ])(
    "a visitor in $timezoneId ($locale) sees each message's time on their own clock",
    { timeout: 90_000 },
    async ({ locale, timezoneId, today, yesterday, separator }, { onTestFailed }) => {
      const site = await suite.admin.createSite();
      await suite.admin.publish(site.id, emailStream);
      const path = `/tz-${timezoneId.replace(/\W/g, "-")}`;
      suite.pages.page(path, () => testPageHtml(suite.server.baseUrl, site.siteKey));
      const { page } = await newVisitor(suite, onTestFailed, `widget-time-zone-${locale}`, {
        locale,
        timezoneId,
      });
      const sent = recordServerMessages(page);
      await page.goto(`${suite.pages.url}${path}`);
      await widget(page).locator(".poke").waitFor();
      await launcher(page).click();
      const dialog = chatWindow(page);
      await dialog.getByRole("button", { name: "Pricing" }).click();
      await dialog.getByText("Your email?").waitFor();

      const messages = [...sent.entries()].sort(([a], [b]) => a - b).map(([, m]) => m);
      expect(messages.map((m) => m.author)).toEqual(["bot", "visitor", "bot"]);
      const first = messages[0] as { createdAt: string };
      const expected = clockIn(timezoneId, first.createdAt);
      // The zone matters: the same instant reads differently in UTC (the machine's zone here).
      expect(expected).not.toEqual(clockIn("UTC", first.createdAt));

      // The day line above the conversation: "Today, 14:05" in the visitor's language and zone.
      const day = dialog.locator(".tm time").first();
      expect(await day.getAttribute("datetime")).toBe(first.createdAt);
      const dayText = await day.innerText();
      const sameDay = expected.date === clockIn(timezoneId, new Date().toISOString()).date;
      expect(dayText.startsWith(`${sameDay ? today : yesterday}${separator}`)).toBe(true);
      expect(readClock(dayText)).toEqual({ hour: expected.hour, minute: expected.minute });

      // Each message's own time (its tooltip), on the visitor's clock.
      const titles = await dialog
        .locator(".log .row")
        .evaluateAll((rows) => rows.map((row) => row.getAttribute("title") ?? ""));
      expect(titles.map(readClock)).toEqual(
        messages.map((m) => {
          const clock = clockIn(timezoneId, m.createdAt);
          return { hour: clock.hour, minute: clock.minute };
        }),
      );
    },
  );
});
