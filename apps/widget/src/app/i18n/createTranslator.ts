import type { ParleyLanguage } from "../../parley";
import type { Messages, Plural } from "./messages";

type Text = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

export interface Translator {
  language: ParleyLanguage;
  /** The locale dates and times are written in (localeFor). */
  locale: string;
  messages: Messages;
  /** A text with `{name}` placeholders filled in. */
  t(key: Text, values?: Record<string, string | number>): string;
  /** The right plural form for `n` (Intl.PluralRules), with `{n}` formatted for the language. */
  plural(text: Plural, n: number): string;
  /**
   * A time of day in the visitor's locale and time zone: the locale's own short time (CLDR), so
   * fr/de/it/nl/pt-BR/zh-CN/en-GB write 08:05, es and ja 8:05, en(-US) 8:05 AM, ko 오전 8:05.
   */
  time(date: Date): string;
  /** Day and time, e.g. "Today, 08:05" / "3 Mar, 20:05" (Intl.RelativeTimeFormat for today/yesterday). */
  dayAndTime(date: Date, now?: Date): string;
}

const fill = (text: string, values: Record<string, string | number> = {}) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/**
 * The locale for numbers, dates and times: the visitor's own variant of the widget's language when
 * their browser has one (en-GB gets a 24-hour clock under English texts), else the language itself.
 */
export function localeFor(language: ParleyLanguage, browser: readonly string[]): string {
  const base = language.split("-")[0]?.toLowerCase();
  const own = browser.find((tag) => tag.split("-")[0]?.toLowerCase() === base);
  if (!own) return language;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(own).length > 0 ? own : language;
  } catch {
    return language; // A malformed tag from the browser: keep the language.
  }
}

export function createTranslator(
  language: ParleyLanguage,
  messages: Messages,
  browser: readonly string[] = typeof navigator === "undefined" ? [] : navigator.languages,
): Translator {
  const locale = localeFor(language, browser);
  const rules = new Intl.PluralRules(language);
  const numbers = new Intl.NumberFormat(locale);
  // timeStyle, not hour/minute fields: "numeric" hours drop the leading zero French or German write.
  const times = new Intl.DateTimeFormat(locale, { timeStyle: "short" });
  const days = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric" });
  const relative = new Intl.RelativeTimeFormat(language, { numeric: "auto" });
  const time = (date: Date) => times.format(date);
  return {
    language,
    locale,
    messages,
    t: (key, values) => fill(messages[key], values),
    plural: (text, n) => fill(text[rules.select(n)] ?? text.other, { n: numbers.format(n) }),
    time,
    dayAndTime(date, now = new Date()) {
      const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
      const daysAgo = Math.round((midnight(now) - midnight(date)) / 86_400_000);
      const day = daysAgo === 0 || daysAgo === 1 ? relative.format(-daysAgo, "day") : days.format(date);
      return fill(messages.dayAndTime, {
        day: day.charAt(0).toLocaleUpperCase(language) + day.slice(1),
        time: time(date),
      });
    },
  };
}
