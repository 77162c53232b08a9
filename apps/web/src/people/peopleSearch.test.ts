import { PeopleListQuery } from "@parley/protocol/directory";
import { describe, expect, it } from "vitest";
import { localDayStart } from "./localDay";
import { activeFilterCount, PeopleSearch, peopleQueryOf } from "./peopleSearch";

describe("PeopleSearch", () => {
  it("keeps numbers the router parsed from the URL as text, and drops values that do not fit", () => {
    const search = PeopleSearch.parse({
      q: 42,
      known: "maybe",
      sort: "name",
      createdFrom: "yesterday",
      value: true,
    });
    expect(search).toEqual({ q: "42", sort: "name", value: "true" });
  });
});

describe("peopleQueryOf", () => {
  it("leaves out defaults, blanks and a field filter without its value", () => {
    expect(
      peopleQueryOf({ q: "  ", sort: "updated", order: "desc", field: "plan", op: "is", value: "" }),
    ).toEqual({});
  });

  it("sends a field filter with its value, or its operator when that needs none", () => {
    expect(peopleQueryOf({ field: "plan", value: "pro" })).toEqual({ field: "plan", value: "pro" });
    expect(peopleQueryOf({ field: "plan", op: "empty", value: "ignored" })).toEqual({
      field: "plan",
      op: "empty",
    });
  });

  it("turns local days into an inclusive range of instants the server accepts", () => {
    const query = peopleQueryOf({
      createdFrom: "2026-03-01",
      createdTo: "2026-03-31",
      sort: "name",
      order: "asc",
    });
    const from = new Date(query.createdFrom as string);
    const to = new Date(query.createdTo as string);
    // Midnight where the browser is, whatever its time zone: 1 March, and 1 April (exclusive).
    expect([from.getFullYear(), from.getMonth(), from.getDate(), from.getHours()]).toEqual([2026, 2, 1, 0]);
    expect([to.getFullYear(), to.getMonth(), to.getDate(), to.getHours()]).toEqual([2026, 3, 1, 0]);
    expect(PeopleListQuery.safeParse(query).success).toBe(true);
    expect(query).toMatchObject({ sort: "name", order: "asc" });
  });

  it("counts the filters that narrow the list", () => {
    expect(
      activeFilterCount({ q: "ada", known: "known", updatedTo: "2026-01-02", field: "plan", op: "set" }),
    ).toBe(3);
    expect(activeFilterCount({ q: "ada", sort: "email" })).toBe(0);
  });
});

describe("localDayStart", () => {
  it("refuses days that do not exist", () => {
    expect(localDayStart("2026-02-30")).toBeNull();
    expect(localDayStart("2026-2-3")).toBeNull();
  });
});
