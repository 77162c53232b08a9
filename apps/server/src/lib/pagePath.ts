/** The path of a page URL (no query or fragment, at most 500 characters): the events' `page`. */
export function pagePath(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname.slice(0, 500);
  } catch {
    // Not an absolute URL (a relative one the widget was given): cut at the query.
    return url.split(/[?#]/)[0]!.slice(0, 500) || null;
  }
}
