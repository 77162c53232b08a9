import { describe, expect, test } from "vitest";
import { meetingFilterCount, MeetingsSearch, meetingsQueryOf } from "./meetingsSearch";

describe("meetings search", () => {
  test("the URL's filters become the list query: local days as instants (the last day included), pages as offsets", () => {
    // Vitest runs in the machine's zone: compute the expected instants the same way the browser does.
    const search = MeetingsSearch.parse({
      q: " ada ",
      status: "no_show",
      agentId: "u1",
      from: "2027-03-01",
      to: "2027-03-07",
      page: 3,
    });
    expect(meetingsQueryOf(search)).toEqual({
      q: "ada",
      status: "no_show",
      agentId: "u1",
      from: new Date(2027, 2, 1).toISOString(),
      to: new Date(2027, 2, 8).toISOString(),
      limit: 25,
      offset: 50,
    });
    expect(meetingFilterCount(search)).toBe(3);
  });

  test("a hand-edited link still opens the list: bad values are dropped", () => {
    const search = MeetingsSearch.parse({ status: "lost", page: "-1", from: "yesterday", q: 42 });
    expect(search).toEqual({ q: "42" });
    expect(meetingsQueryOf(search)).toEqual({ q: "42", limit: 25 });
    expect(meetingFilterCount(search)).toBe(0);
  });
});
