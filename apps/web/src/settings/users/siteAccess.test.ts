import { describe, expect, test } from "vitest";
import { describeSiteAccess, NO_SITE_CHOSEN, siteAccessOf, siteIdsOf } from "./siteAccess";

const SITES = [
  { id: "s1", name: "Main site" },
  { id: "s2", name: "Shop" },
  { id: "s3", name: "Docs" },
];

describe("describeSiteAccess", () => {
  test("says All sites for null and names chosen sites in the sites' order", () => {
    expect(describeSiteAccess(null, SITES)).toBe("All sites");
    expect(describeSiteAccess(["s3", "s1"], SITES)).toBe("Main site, Docs");
  });

  test("counts sites it cannot name instead of hiding them", () => {
    expect(describeSiteAccess(["s2", "gone"], SITES)).toBe("Shop, 1 other site");
    expect(describeSiteAccess(["x", "y"], SITES)).toBe("2 other sites");
    expect(describeSiteAccess([], SITES)).toBe("No sites");
  });
});

describe("siteIdsOf", () => {
  test("sends null for All sites and the ticked ids for Chosen sites", () => {
    expect(siteIdsOf(siteAccessOf(null))).toEqual({ siteIds: null });
    expect(siteIdsOf(siteAccessOf(["s2", "s1"]))).toEqual({ siteIds: ["s2", "s1"] });
  });

  test("refuses Chosen sites with none ticked", () => {
    expect(siteIdsOf({ mode: "chosen", chosen: new Set() })).toEqual({ error: NO_SITE_CHOSEN });
  });
});
