import { describe, expect, it } from "vitest";
import { createStore } from "./createStore";

describe("the widget's storage", () => {
  it("keeps JSON values per site and clears only its own site's keys", () => {
    const backing: Record<string, string> = { "other:key": "1" };
    const a = createStore("siteA", backing);
    const b = createStore("siteB", backing);
    a.set("t", "token-a");
    a.set("k", { s: 3 });
    b.set("t", "token-b");
    expect(a.get("t")).toBe("token-a");
    expect(a.get("k")).toEqual({ s: 3 });
    expect(a.get("missing")).toBeUndefined();
    a.clear();
    expect(a.get("t")).toBeUndefined();
    expect(b.get("t")).toBe("token-b");
    expect(backing["other:key"]).toBe("1");
  });

  it("survives unreadable values and refused writes", () => {
    const backing: Record<string, string> = { "parley:s:bad": "{not json" };
    const full = new Proxy(backing, {
      set() {
        throw new Error("QuotaExceededError");
      },
    });
    const store = createStore("s", full);
    expect(store.get("bad")).toBeUndefined();
    expect(() => store.set("x", 1)).not.toThrow();
  });
});
