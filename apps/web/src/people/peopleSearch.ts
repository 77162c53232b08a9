import { FIELD_FILTER_OPS, PEOPLE_SORTS } from "@parley/protocol/directory";
import type { PeopleListKey } from "../api/queryKeys";
import { z } from "zod";
import { localDayStart } from "./localDay";

/**
 * The router parses search values as JSON, so `?q=42` arrives as a number: accept it as text. A value
 * that does not fit is dropped rather than breaking the page: a hand-edited link still opens the list.
 */
export const text = (max: number) =>
  z
    .union([z.string(), z.number(), z.boolean()])
    .transform((value) => String(value))
    .pipe(z.string().max(max))
    .optional()
    .catch(undefined);
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional().catch(undefined);
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The People list's filters as they sit in the URL, so a filtered list is a link one can share. */
export const PeopleSearch = z.object({
  q: text(200),
  known: oneOf(["known", "anonymous"]),
  companyId: text(64),
  field: text(64),
  op: oneOf(FIELD_FILTER_OPS),
  value: text(200),
  /** Local days, both inclusive. */
  createdFrom: day,
  createdTo: day,
  updatedFrom: day,
  updatedTo: day,
  sort: oneOf(PEOPLE_SORTS),
  order: oneOf(["asc", "desc"]),
});
export type PeopleSearch = z.infer<typeof PeopleSearch>;

/** What a people list asks the server (and its query key): everything but the cursor. */
/**
 * The list query for the URL's filters. Empty and incomplete filters are left out (a field filter
 * "is" without a value), local days become instants (the "to" day is included), and defaults are
 * omitted so that equal lists share one cache entry.
 */
export function peopleQueryOf(search: PeopleSearch): PeopleListKey {
  const query: PeopleListKey = {};
  const q = search.q?.trim();
  if (q) query.q = q;
  if (search.known) query.known = search.known;
  if (search.companyId) query.companyId = search.companyId;
  if (search.field) {
    const op = search.op ?? "is";
    if (op !== "is") {
      query.field = search.field;
      query.op = op;
    } else if (search.value !== undefined && search.value !== "") {
      query.field = search.field;
      query.value = search.value;
    }
  }
  const from = (d?: string) => (d ? (localDayStart(d) ?? undefined) : undefined);
  const to = (d?: string) => (d ? (localDayStart(d, 1) ?? undefined) : undefined);
  const range = {
    createdFrom: from(search.createdFrom),
    createdTo: to(search.createdTo),
    updatedFrom: from(search.updatedFrom),
    updatedTo: to(search.updatedTo),
  };
  for (const [key, value] of Object.entries(range)) if (value) query[key as keyof typeof range] = value;
  if (search.sort && search.sort !== "updated") query.sort = search.sort;
  if (search.order && search.order !== "desc") query.order = search.order;
  return query;
}

/** How many filters narrow the list (the search box and sorting not counted), for the filters button. */
export function activeFilterCount(search: PeopleSearch): number {
  const query = peopleQueryOf({ ...search, q: undefined });
  let count = 0;
  if (query.known) count++;
  if (query.companyId) count++;
  if (query.field) count++;
  if (query.createdFrom || query.createdTo) count++;
  if (query.updatedFrom || query.updatedTo) count++;
  return count;
}
