import { Branding } from "@parley/protocol/sites";
import { describe, expect, it } from "vitest";
import { previewBrandingOf } from "./previewBranding";

const saved = Branding.parse({ headerColor: "#123456", botName: "Ava", offsetX: 30 });

describe("previewBrandingOf", () => {
  it("shows what is typed when it is valid", () => {
    const shown = previewBrandingOf(
      { headerColor: "#ffd400", botName: "Max", offsetX: 0, poke: false },
      saved,
    );
    expect(shown).toMatchObject({ headerColor: "#ffd400", botName: "Max", offsetX: 0, poke: false });
    expect(Branding.parse(shown)).toEqual(shown);
  });

  it("keeps the saved value of a setting typed halfway or wrong", () => {
    const shown = previewBrandingOf(
      { headerColor: "#ffd", offsetX: Number.NaN, botAvatarUrl: "ftp://x" },
      saved,
    );
    expect(shown.headerColor).toBe("#123456");
    expect(shown.offsetX).toBe(30);
    expect(shown.botAvatarUrl).toBeNull();
  });

  it("fills what was not typed from the saved branding", () => {
    expect(previewBrandingOf({}, saved)).toEqual(saved);
  });
});
