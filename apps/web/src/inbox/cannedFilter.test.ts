import type { CannedResponse } from "@parley/protocol/liveChat";
import { describe, expect, it } from "vitest";
import { cannedQuery, filterCanned } from "./cannedFilter";

const canned = (shortcut: string, title: string): CannedResponse => ({
  id: shortcut,
  shortcut,
  title,
  text: `${title}…`,
  updatedAt: "2026-01-05T10:00:00.000Z",
});
const all = [canned("thanks", "Thank you"), canned("price", "Pricing link"), canned("hello", "Greeting")];

describe("cannedQuery", () => {
  it("opens on a leading slash and follows the word typed after it", () => {
    expect(cannedQuery("/")).toBe("");
    expect(cannedQuery("/Pri")).toBe("pri");
  });
  it("stays closed for ordinary text, a slash later on, or once a space is typed", () => {
    expect(cannedQuery("hello")).toBeNull();
    expect(cannedQuery("see /price")).toBeNull();
    expect(cannedQuery("/price and")).toBeNull();
  });
});

describe("filterCanned", () => {
  it("lists shortcuts starting with the query first, then titles containing it", () => {
    expect(filterCanned(all, "p").map((r) => r.shortcut)).toEqual(["price"]);
    expect(filterCanned(all, "ing").map((r) => r.shortcut)).toEqual(["hello", "price"]);
    expect(filterCanned(all, "").map((r) => r.shortcut)).toEqual(["hello", "price", "thanks"]);
  });
  it("finds nothing for an unknown word and keeps to the limit", () => {
    expect(filterCanned(all, "zzz")).toEqual([]);
    expect(filterCanned(all, "", 2)).toHaveLength(2);
  });
});
