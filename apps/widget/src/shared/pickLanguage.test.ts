import { describe, expect, it } from "vitest";
import { matchLanguage, pickLanguage } from "./pickLanguage";

describe("the widget's language", () => {
  it("matches browser tags to the ten languages, exactly first, then by primary language", () => {
    expect(matchLanguage("pt-BR")).toBe("pt-BR");
    expect(matchLanguage("pt-PT")).toBe("pt-BR");
    expect(matchLanguage("zh-Hans-CN")).toBe("zh-CN");
    expect(matchLanguage("FR-ca")).toBe("fr");
    expect(matchLanguage("sv-SE")).toBeUndefined();
    expect(matchLanguage(42)).toBeUndefined();
  });

  it("uses the visitor's choice, then the site's setting, then the browser's first known language, else English", () => {
    expect(pickLanguage("auto", ["sv", "de-AT", "fr"])).toBe("de");
    expect(pickLanguage("it", ["de-AT"])).toBe("it");
    expect(pickLanguage("it", ["de-AT"], "ja")).toBe("ja");
    expect(pickLanguage("auto", ["sv"], "klingon")).toBe("en");
  });
});
