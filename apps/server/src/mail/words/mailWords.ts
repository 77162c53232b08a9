import { type Language, matchLanguage } from "@parley/protocol/languages";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { ja } from "./ja";
import { ko } from "./ko";
import { nl } from "./nl";
import { ptBR } from "./ptBR";
import { zhCN } from "./zhCN";

/**
 * The fixed words of the mails a visitor receives, per widget language. `{{…}}` are the invitation's
 * tokens (domain/meetings/meetingTokens.ts); `{name}` are filled by the mail that uses the text.
 */
export interface MailWords {
  /** The event's title when the site keeps the default ("Meeting with {{agent.name}}"). */
  meetingTitle: string;
  /** The booked / rescheduled mail's body when the site keeps the default (DEFAULT_INVITATION_BODY). */
  invitationBody: string;
  /** A reschedule's subject: `{subject}` the invitation's. */
  updatedSubject: string;
  cancelledSubject: string;
  cancelledBody: string;
  /** A cancellation's reason as given: `{reason}`. */
  reason: string;
  /** The calendar event's DESCRIPTION: `{title}`, `{site}`. */
  calendarDescription: string;
  /** The transcript mail (an agent's "Email transcript"): `{site}`. */
  transcriptSubject: string;
  transcriptLead: string;
}

export const MAIL_WORDS: Record<Language, MailWords> = {
  en,
  fr,
  it,
  es,
  de,
  "pt-BR": ptBR,
  nl,
  ja,
  ko,
  "zh-CN": zhCN,
};

/** What a visitor's mail is written in: the words' language and the locale its dates and times use. */
export interface MailLanguage {
  language: Language;
  words: MailWords;
  /** The stored tag when Intl knows it and it is a variant of `language` (en-GB: a 24-hour clock), else `language`. */
  locale: string;
}

/**
 * The language of the first tag that is one of the widget's ten (matched as the widget does:
 * pt-PT → pt-BR); English when none is. Tags are what the widget or the browser sent: anything.
 */
export function mailLanguage(...tags: (string | null | undefined)[]): MailLanguage {
  const tag = tags.find((t) => matchLanguage(t)) ?? null;
  const language = matchLanguage(tag) ?? "en";
  return { language, words: MAIL_WORDS[language], locale: tag ? localeOf(tag, language) : language };
}

function localeOf(tag: string, language: Language): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(tag)[0] ?? language;
  } catch (error) {
    if (error instanceof RangeError) return language; // a malformed tag: the language itself
    throw error;
  }
}

/** A text with `{name}` placeholders filled. */
export const fillWords = (text: string, values: Record<string, string>): string =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** The hosts' mails: users have no language setting, so English. */
export const ENGLISH: MailLanguage = { language: "en", words: en, locale: "en" };
