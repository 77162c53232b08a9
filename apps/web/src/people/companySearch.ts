import { COMPANY_SORTS } from "@parley/protocol/directory";
import { z } from "zod";
import type { CompanyListKey } from "../api/queryKeys";

/** The Companies list's search and sort as they sit in the URL; values that do not fit are dropped. */
export const CompanySearch = z.object({
  q: z
    .union([z.string(), z.number()])
    .transform((value) => String(value))
    .pipe(z.string().max(200))
    .optional()
    .catch(undefined),
  sort: z.enum(COMPANY_SORTS).optional().catch(undefined),
  order: z.enum(["asc", "desc"]).optional().catch(undefined),
});
export type CompanySearch = z.infer<typeof CompanySearch>;

/** The list query for the URL's search, defaults left out so equal lists share one cache entry. */
export function companyQueryOf(search: CompanySearch): CompanyListKey {
  const query: CompanyListKey = {};
  const q = search.q?.trim();
  if (q) query.q = q;
  if (search.sort && search.sort !== "name") query.sort = search.sort;
  if (search.order && search.order !== "asc") query.order = search.order;
  return query;
}
