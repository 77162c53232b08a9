import { describe, expect, it } from "vitest";
import type { ParleyLanguage } from "../../parley";
import { LANGUAGES } from "../../shared/pickLanguage";
import { createTranslator } from "./createTranslator";
import { en } from "./en";
import { loadMessages } from "./loadMessages";
import type { Messages } from "./messages";

const keysOf = (messages: Messages) =>
  Object.entries(messages)
    .flatMap(([key, value]) =>
      typeof value === "string" ? [key] : Object.keys(value).map((k) => `${key}.${k}`),
    )
    .filter((key) => !key.startsWith("unread."))
    .sort();

describe("the widget's texts in ten languages", () => {
  it("every language has every text, with the same placeholders, and translates what English says", async () => {
    for (const language of LANGUAGES) {
      const messages = await loadMessages(language);
      expect(keysOf(messages), language).toEqual(keysOf(en));
      for (const key of ["chatWith", "newMessageFrom"] as const)
        expect(messages[key], language).toContain("{name}");
      expect(messages.unread.other, language).toContain("{n}");
      if (language !== "en") expect(messages.openChat, language).not.toBe(en.openChat);
      if (language !== "en")
        expect(messages.invalid.invalid_email, language).not.toBe(en.invalid.invalid_email);
    }
  });

  it("the launcher label the loader shows before the app matches the app's", async () => {
    const { openChatLabel } = await import("../../loader/launcherLabels");
    for (const language of LANGUAGES)
      expect(openChatLabel([language])).toBe((await loadMessages(language)).openChat);
  });

  it("chooses plural forms by each language's rules (Intl.PluralRules)", async () => {
    const english = createTranslator("en", en);
    expect(english.plural(en.unread, 0)).toBe("0 unread messages");
    expect(english.plural(en.unread, 1)).toBe("1 unread message");
    const fr = await loadMessages("fr");
    const french = createTranslator("fr", fr);
    expect(french.plural(fr.unread, 0)).toBe("0 message non lu");
    expect(french.plural(fr.unread, 1)).toBe("1 message non lu");
    expect(french.plural(fr.unread, 2)).toBe("2 messages non lus");
    const ja = await loadMessages("ja");
    expect(createTranslator("ja", ja).plural(ja.unread, 1)).toBe("未読メッセージ1件");
    const de = await loadMessages("de");
    expect(createTranslator("de", de).plural(de.unread, 1234)).toBe("1.234 ungelesene Nachrichten");
  });

  it("fills placeholders and formats days and times for the locale", async () => {
    const de = await loadMessages("de");
    const german = createTranslator("de", de, []);
    expect(german.t("chatWith", { name: "Ada" })).toBe("Chat mit Ada");
    const now = new Date(2025, 2, 14, 18, 0);
    expect(german.dayAndTime(new Date(2025, 2, 14, 9, 5), now)).toBe("Heute, 09:05");
    expect(german.dayAndTime(new Date(2025, 2, 13, 9, 5), now)).toBe("Gestern, 09:05");
    expect(german.dayAndTime(new Date(2025, 2, 12, 9, 5), now)).toBe("12. März, 09:05");
    const english = createTranslator("en", en, []);
    expect(english.dayAndTime(new Date(2025, 2, 13, 21, 5), now)).toBe("Yesterday, 9:05 PM");
    expect(english.dayAndTime(new Date(2025, 0, 2, 21, 5), now)).toBe("Jan 2, 9:05 PM");
  });

  it("falls back to English when a language's chunk cannot load", async () => {
    expect((await loadMessages("en")).send).toBe("Send");
  });
});

// Dates are built on the machine's own clock (new Date(y, m, d, h, min)) and formatted on it, so
// these hold in any time zone; `now` is passed, so they hold at any hour.
describe("dates and times in the visitor's locale", () => {
  const morning = new Date(2026, 11, 1, 8, 5);
  const evening = new Date(2026, 11, 1, 20, 5);
  it("writes each language's own short time: a leading zero where the language writes one", async () => {
    const expected: [string, readonly string[], string, string][] = [
      ["fr", ["fr-FR"], "08:05", "20:05"],
      ["de", ["de-DE"], "08:05", "20:05"],
      ["it", [], "08:05", "20:05"],
      ["nl", [], "08:05", "20:05"],
      ["pt-BR", ["pt-BR"], "08:05", "20:05"],
      ["zh-CN", ["zh-CN"], "08:05", "20:05"],
      ["es", ["es-ES"], "8:05", "20:05"],
      ["ja", ["ja-JP"], "8:05", "20:05"],
      ["en", ["en-US"], "8:05 AM", "8:05 PM"],
      ["en", ["en-GB"], "08:05", "20:05"],
    ];
    for (const [language, browser, am, pm] of expected) {
      const tr = createTranslator(
        language as ParleyLanguage,
        await loadMessages(language as ParleyLanguage),
        browser,
      );
      expect([tr.time(morning), tr.time(evening)], `${language} ${browser.join()}`).toEqual([am, pm]);
    }
  });
  it("follows the browser's variant of the widget's language: en-GB 24-hour, en-US 12-hour", () => {
    expect(createTranslator("en", en, ["en-GB", "fr"]).time(evening)).toBe("20:05");
    expect(createTranslator("en", en, ["en-US"]).time(evening)).toBe("8:05 PM");
  });
  it("keeps the widget's language when the browser has no variant of it", () => {
    expect(createTranslator("en", en, ["de-DE"]).time(evening)).toBe("8:05 PM");
    expect(createTranslator("en", en, ["en-!!"]).time(evening)).toBe("8:05 PM");
  });
});

describe("the day line in each language's own order", () => {
  it("Japanese, Korean and Chinese join day and time without a comma", async () => {
    const now = new Date(2026, 11, 1, 22, 30);
    const at = new Date(2026, 11, 1, 8, 5);
    const ja = createTranslator("ja", await loadMessages("ja"), ["ja-JP"]);
    expect(ja.dayAndTime(at, now)).toBe("今日 8:05");
    const zh = createTranslator("zh-CN", await loadMessages("zh-CN"), ["zh-CN"]);
    expect(zh.dayAndTime(at, now)).toBe("今天 08:05");
    expect(createTranslator("en", en, ["en-GB"]).dayAndTime(at, now)).toBe("Today, 08:05");
  });
  it("counts today and yesterday by the visitor's calendar days, not 24-hour spans", async () => {
    const fr = createTranslator("fr", await loadMessages("fr"), ["fr-FR"]);
    const justAfterMidnight = new Date(2026, 11, 2, 0, 10);
    expect(fr.dayAndTime(new Date(2026, 11, 1, 23, 55), justAfterMidnight)).toBe("Hier, 23:55");
    expect(fr.dayAndTime(new Date(2026, 11, 2, 0, 5), justAfterMidnight)).toBe("Aujourd’hui, 00:05");
    expect(fr.dayAndTime(new Date(2026, 10, 30, 8, 5), justAfterMidnight)).toBe("30 nov., 08:05");
  });
});
