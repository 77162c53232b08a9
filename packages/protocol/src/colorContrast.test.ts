import { describe, expect, it } from "vitest";
import { contrast, ink } from "./colorContrast";

// The default branding (packages/protocol/src/sites.ts).
const DEFAULTS = { header: "#1f6feb", botBubble: "#f1f3f5", visitorBubble: "#1f6feb", button: "#1f6feb" };

describe("colours", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 1);
    expect(contrast("#777777", "#777777")).toBe(1);
  });

  it("the default theme's text meets WCAG AA (4.5:1) on every coloured surface", () => {
    for (const colour of Object.values(DEFAULTS))
      expect(contrast(colour, ink(colour))).toBeGreaterThanOrEqual(4.5);
  });

  it("picks the text colour that reads best on any branding colour", () => {
    for (const colour of ["#ffd400", "#00a36c", "#e11d48", "#111827", "#f1f3f5", "#7c3aed", "#38bdf8"]) {
      const chosen = contrast(colour, ink(colour));
      const other = contrast(colour, ink(colour) === "#ffffff" ? "#16181d" : "#ffffff");
      expect(chosen).toBeGreaterThanOrEqual(other);
    }
  });
});
