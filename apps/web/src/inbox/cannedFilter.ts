import type { CannedResponse } from "@parley/protocol/liveChat";

/**
 * The canned-response search the composer's text asks for: "/" at its start followed by the query
 * (no space yet), or null when the menu should not be open.
 */
export function cannedQuery(text: string): string | null {
  const match = /^\/(\S*)$/.exec(text);
  return match ? (match[1] ?? "").toLowerCase() : null;
}

/**
 * The responses matching a query, best first: shortcuts starting with it, then titles or shortcuts
 * containing it; an empty query lists all by shortcut.
 */
export function filterCanned(
  responses: readonly CannedResponse[],
  query: string,
  limit = 8,
): CannedResponse[] {
  const q = query.toLowerCase();
  const byShortcut = (a: CannedResponse, b: CannedResponse) => a.shortcut.localeCompare(b.shortcut);
  const starts = responses.filter((r) => r.shortcut.toLowerCase().startsWith(q)).sort(byShortcut);
  const contains = responses
    .filter((r) => !starts.includes(r))
    .filter((r) => r.shortcut.toLowerCase().includes(q) || r.title.toLowerCase().includes(q))
    .sort(byShortcut);
  return [...starts, ...contains].slice(0, limit);
}
