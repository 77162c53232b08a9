/**
 * The web address typed into "Check a page", as the server wants it (http or https, absolute), or the
 * message to show. A bare host or path is read as https (people paste "shop.example.com/pricing").
 */
export function pageUrlInput(typed: string): { url: string } | { error: string } {
  const text = typed.trim();
  if (!text) return { error: "Type the address of a page of your website" };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text.replace(/^\/+/, "")}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { error: "Must be a web address such as https://example.com/pricing" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return { error: "Must be a web address such as https://example.com/pricing" };
  if (!url.hostname.includes(".") && url.hostname !== "localhost")
    return { error: "Must be a web address such as https://example.com/pricing" };
  return { url: url.href };
}
