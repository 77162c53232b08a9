/**
 * What the site-access controls hold: every site, the ticked ones, or (only where a form offers it)
 * "inherit": send no list and take the server's default, e.g. an API key gets its creator's sites.
 */
export interface SiteAccessChoice {
  mode: "all" | "chosen" | "inherit";
  chosen: ReadonlySet<string>;
}

export interface NamedSite {
  id: string;
  name: string;
}

export const ALL_SITES: SiteAccessChoice = { mode: "all", chosen: new Set() };

export const INHERIT_SITES: SiteAccessChoice = { mode: "inherit", chosen: new Set() };

export const NO_SITE_CHOSEN = "Tick at least one site, or choose All sites.";

/** The controls' starting state for a user's `siteIds` (null means every site). */
export function siteAccessOf(siteIds: readonly string[] | null): SiteAccessChoice {
  return siteIds === null ? ALL_SITES : { mode: "chosen", chosen: new Set(siteIds) };
}

/**
 * The `siteIds` to send (undefined: send none), or the message to show instead: "Chosen sites" with
 * none ticked would lock the user out of every site, which is never what was meant. `noneChosen`
 * words that message for forms whose other choices differ.
 */
export function siteIdsOf(
  choice: SiteAccessChoice,
  noneChosen: string = NO_SITE_CHOSEN,
): { siteIds: string[] | null | undefined } | { error: string } {
  if (choice.mode === "inherit") return { siteIds: undefined };
  if (choice.mode === "all") return { siteIds: null };
  if (choice.chosen.size === 0) return { error: noneChosen };
  return { siteIds: [...choice.chosen] };
}

/**
 * "All sites", or the names of the sites in `siteIds` in the order of `sites`. Sites the viewer cannot
 * see (or that were deleted) are counted rather than named.
 */
export function describeSiteAccess(siteIds: readonly string[] | null, sites: readonly NamedSite[]): string {
  if (siteIds === null) return "All sites";
  const wanted = new Set(siteIds);
  const names = sites.filter((site) => wanted.has(site.id)).map((site) => site.name);
  const others = wanted.size - names.length;
  if (others > 0) names.push(others === 1 ? "1 other site" : `${others} other sites`);
  return names.length > 0 ? names.join(", ") : "No sites";
}
