import type { ParleyLanguage } from "../../parley";
import type { Messages, Plural } from "./messages";

type Text = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

export interface Translator {
  language: ParleyLanguage;
  messages: Messages;
  /** A text with `{name}` placeholders filled in. */
  t(key: Text, values?: Record<string, string | number>): string;
  /** The right plural form for `n` (Intl.PluralRules), with `{n}` formatted for the language. */
  plural(text: Plural, n: number): string;
  /** A time of day in the visitor's locale and time zone, e.g. 14:05 or 2:05 PM. */
  time(date: Date): string;
  /** Day and time, e.g. "Today, 14:05" / "Mar 3, 14:05" (Intl.RelativeTimeFormat for today/yesterday). */
  dayAndTime(date: Date, now?: Date): string;
}

const fill = (text: string, values: Record<string, string | number> = {}) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

export function createTranslator(language: ParleyLanguage, messages: Messages): Translator {
  const rules = new Intl.PluralRules(language);
  const numbers = new Intl.NumberFormat(language);
  const times = new Intl.DateTimeFormat(language, { hour: "numeric", minute: "2-digit" });
  const days = new Intl.DateTimeFormat(language, { month: "short", day: "numeric" });
  const relative = new Intl.RelativeTimeFormat(language, { numeric: "auto" });
  const time = (date: Date) => times.format(date);
  return {
    language,
    messages,
    t: (key, values) => fill(messages[key], values),
    plural: (text, n) => fill(text[rules.select(n)] ?? text.other, { n: numbers.format(n) }),
    time,
    dayAndTime(date, now = new Date()) {
      const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
      const daysAgo = Math.round((midnight(now) - midnight(date)) / 86_400_000);
      const day = daysAgo === 0 || daysAgo === 1 ? relative.format(-daysAgo, "day") : days.format(date);
      return `${day.charAt(0).toLocaleUpperCase(language) + day.slice(1)}, ${time(date)}`;
    },
  };
}
