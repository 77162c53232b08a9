import { matchUrlPattern } from "./matchUrlPattern";
import { parseWebUrl } from "./parseWebUrl";

/** Why a page is or is not selected by include/exclude URL patterns. */
export interface PageMatch {
  matches: boolean;
  /** False when the URL cannot be read (no scheme…): no pattern matches it, though an empty include list still does. */
  validUrl: boolean;
  /** The first include pattern that selects the page; null when none does or the list is empty. */
  includedBy: string | null;
  /** The first exclude pattern that rules the page out. */
  excludedBy: string | null;
}

/**
 * The one rule for URL targeting, shared by the server (which dialogue a visitor gets, which flow
 * starts on page load) and the targeting editor's tester: an empty include list means every page;
 * an exclude pattern always wins over an include pattern.
 */
export function explainPageMatch(
  include: readonly string[],
  exclude: readonly string[],
  url: string,
): PageMatch {
  const validUrl = parseWebUrl(url) !== null;
  const includedBy = include.find((p) => matchUrlPattern(p, url)) ?? null;
  const excludedBy = exclude.find((p) => matchUrlPattern(p, url)) ?? null;
  const included = include.length === 0 || includedBy !== null;
  return { matches: included && excludedBy === null, validUrl, includedBy, excludedBy };
}
