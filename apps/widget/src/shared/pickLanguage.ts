import type { ParleyLanguage } from "../parley";

export const LANGUAGES: ParleyLanguage[] = ["en", "fr", "it", "es", "de", "pt-BR", "nl", "ja", "ko", "zh-CN"];

/** The widget language for a BCP 47 tag: exact match first (pt-BR), then by primary language (pt-PT → pt-BR). */
export function matchLanguage(tag: unknown): ParleyLanguage | undefined {
  if (typeof tag !== "string") return undefined;
  const lower = tag.toLowerCase();
  return (
    LANGUAGES.find((l) => l.toLowerCase() === lower) ||
    LANGUAGES.find((l) => l.split("-")[0] === lower.split("-")[0])
  );
}

/** The visitor's language: an explicit choice (setLanguage), else the site's setting, else the browser's, else English. */
export function pickLanguage(
  site: "auto" | ParleyLanguage,
  browser: readonly string[],
  chosen?: unknown,
): ParleyLanguage {
  return (
    matchLanguage(chosen) ||
    (site !== "auto" ? site : undefined) ||
    browser.map(matchLanguage).find(Boolean) ||
    "en"
  );
}
