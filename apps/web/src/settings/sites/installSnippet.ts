/**
 * The install tag for a site: the loader from this Parley server (the web app is served by it, so
 * its origin is the server's) and the site's public key. `async`: it never blocks the page.
 */
export function installSnippet(serverOrigin: string, siteKey: string): string {
  return `<script src="${serverOrigin}/widget.js" data-site="${siteKey}" async></script>`;
}
