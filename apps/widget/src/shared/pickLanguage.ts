import { matchLanguage } from "@parley/protocol/languages";
import type { ParleyLanguage } from "../parley";

// The list and the matching are shared with the server (the visitor's mails use the same languages).
export { LANGUAGES, matchLanguage } from "@parley/protocol/languages";

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
