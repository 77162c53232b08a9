import { describe, expect, it } from "vitest";
import { inboxFilterCount, inboxQueryOf, InboxSearch } from "./inboxSearch";

describe("InboxSearch", () => {
  it("keeps what fits and drops what does not, so a hand-edited link still opens", () => {
    expect(InboxSearch.parse({ view: "queue", kind: "robot", chatStatus: "ended", q: 42 })).toEqual({
      view: "queue",
      kind: undefined,
      chatStatus: "ended",
      q: "42",
      agentId: undefined,
      from: undefined,
      to: undefined,
      panel: undefined,
    });
  });
});

describe("inboxQueryOf", () => {
  it("asks My chats and the Queue without filters", () => {
    expect(inboxQueryOf({ view: "queue", q: "ada", kind: "live" })).toEqual({ view: "queue" });
    expect(inboxQueryOf({})).toEqual({ view: "mine" });
  });

  it("passes the filters of All conversations, with the 'to' day included", () => {
    const query = inboxQueryOf({
      view: "all",
      q: " ada ",
      kind: "bot",
      agentId: "u1",
      from: "2026-03-01",
      to: "2026-03-01",
    });
    expect(query).toMatchObject({ view: "all", q: "ada", kind: "bot", agentId: "u1" });
    expect(Date.parse(query.to ?? "") - Date.parse(query.from ?? "")).toBe(24 * 3600 * 1000);
    expect(inboxFilterCount({ view: "all", kind: "bot", from: "2026-03-01", to: "2026-03-02" })).toBe(2);
  });
});
