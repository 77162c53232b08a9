interface Identified {
  id: string;
}
interface Page {
  items: Identified[];
}

const isPage = (value: unknown): value is Page =>
  typeof value === "object" && value !== null && Array.isArray((value as Page).items);

const patchPage = (page: Page, item: Identified): Page =>
  page.items.some((i) => i.id === item.id)
    ? { ...page, items: page.items.map((i) => (i.id === item.id ? { ...i, ...item } : i)) }
    : page;

/**
 * A cached list with `item` merged into its entry of the same id (fields only the list has, such
 * as companyName, stay). Handles one page (`{ items, nextCursor }`) and useInfiniteQuery's
 * `{ pages: [...] }`; anything else, or a list without the item, is returned as it was.
 */
export function patchListItem(cached: unknown, item: Identified): unknown {
  if (isPage(cached)) return patchPage(cached, item);
  if (typeof cached === "object" && cached !== null && Array.isArray((cached as { pages?: unknown }).pages)) {
    const infinite = cached as { pages: unknown[] };
    const pages = infinite.pages.map((page) => (isPage(page) ? patchPage(page, item) : page));
    return pages.every((page, i) => page === infinite.pages[i]) ? cached : { ...infinite, pages };
  }
  return cached;
}
