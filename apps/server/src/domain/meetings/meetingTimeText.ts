import { DateTime, Duration, IANAZone } from "luxon";

/** A language tag Intl knows, else English (a stored tag may be anything a browser sent). */
export function knownLocale(language: string | null | undefined): string {
  if (!language) return "en";
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(language)[0] ?? "en";
  } catch {
    // A malformed tag (RangeError): the mail is still written, in English.
    return "en";
  }
}

/** A zone name Luxon knows, else UTC: the stored zone was checked when saved, but times must never fail. */
export const knownZone = (zone: string | null | undefined): string =>
  zone && IANAZone.isValidZone(zone) ? zone : "UTC";

/**
 * "Monday, April 5, 2027 at 3:00 PM" — the instant in `zone`, worded in `language`: the locale's own
 * full date and short time (CLDR), so German writes "um 09:00" and Japanese "2027年4月5日月曜日 15:00".
 * timeStyle, not hour/minute fields: "numeric" hours drop the leading zero German or Italian write.
 */
export function meetingTimeText(iso: string, zone: string, language: string): string {
  return DateTime.fromISO(iso, { zone: "utc" })
    .setZone(knownZone(zone))
    .setLocale(knownLocale(language))
    .toLocaleString({ dateStyle: "full", timeStyle: "short" });
}

/** "30 minutes", "1 hour, 30 minutes" in `language`. */
export function durationText(minutes: number, language: string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const units = { ...(hours > 0 && { hours }), ...((rest > 0 || hours === 0) && { minutes: rest }) };
  return Duration.fromObject(units, { locale: knownLocale(language) }).toHuman();
}
