import { describe, expect, test } from "vitest";
import { INHERIT_SITES, NO_SITE_CHOSEN, siteIdsOf } from "../users/siteAccess";

// The create-key form's "Same as mine" is the "inherit" choice; its own wording of the no-site message.
describe("site access of a new API key", () => {
  test("Same as mine sends no list, whatever was ticked before", () => {
    expect(siteIdsOf(INHERIT_SITES)).toEqual({ siteIds: undefined });
    expect(siteIdsOf({ mode: "inherit", chosen: new Set(["s1"]) })).toEqual({ siteIds: undefined });
    expect(JSON.stringify({ name: "k", ...siteIdsOf(INHERIT_SITES) })).toBe('{"name":"k"}');
  });

  test("Chosen sites with none ticked gives the form's own message, or the default one", () => {
    const none = { mode: "chosen", chosen: new Set<string>() } as const;
    expect(siteIdsOf(none, "Tick at least one site, or choose Same as mine.")).toEqual({
      error: "Tick at least one site, or choose Same as mine.",
    });
    expect(siteIdsOf(none)).toEqual({ error: NO_SITE_CHOSEN });
  });
});
