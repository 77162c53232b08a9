import { LANGUAGES } from "@parley/protocol/languages";
import { describe, expect, it } from "vitest";
import { MEETING_TOKENS, TITLE_TOKENS, templateProblems } from "../../domain/meetings/meetingTokens";
import { MAIL_WORDS, mailLanguage } from "./mailWords";

const placeholders = (text: string) => [...text.matchAll(/(?<!\{)\{(\w+)\}(?!\})/g)].map((m) => m[1]).sort();
const tokens = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();

describe("the visitor's mail words", () => {
  it("every widget language has every text, the same tokens and placeholders as English, translated", () => {
    const en = MAIL_WORDS.en;
    for (const language of LANGUAGES) {
      const words = MAIL_WORDS[language];
      expect(Object.keys(words).sort(), language).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(placeholders(words[key]), `${language} ${key}`).toEqual(placeholders(en[key]));
        expect(tokens(words[key]), `${language} ${key}`).toEqual(tokens(en[key]));
        if (language !== "en") expect(words[key], `${language} ${key}`).not.toBe(en[key]);
      }
      // The same rules as a site's own templates: known tokens, and no links in the event's title.
      expect(templateProblems(words.meetingTitle, TITLE_TOKENS), language).toEqual([]);
      for (const key of ["invitationBody", "cancelledSubject", "cancelledBody"] as const)
        expect(templateProblems(words[key], MEETING_TOKENS), `${language} ${key}`).toEqual([]);
    }
  });

  it("picks the first tag that is one of the ten, as the widget matches them; else English", () => {
    expect(mailLanguage("pt-PT")).toMatchObject({ language: "pt-BR", locale: "pt-PT" });
    expect(mailLanguage("sv-SE", null, "de")).toMatchObject({ language: "de", locale: "de" });
    expect(mailLanguage(undefined, "en-GB")).toMatchObject({ language: "en", locale: "en-GB" });
    expect(mailLanguage("fr-").locale).toBe("fr");
    expect(mailLanguage("tlh", null, undefined)).toMatchObject({ language: "en", locale: "en" });
    expect(mailLanguage("ja").words.meetingTitle).toBe("{{agent.name}}とのミーティング");
  });
});
