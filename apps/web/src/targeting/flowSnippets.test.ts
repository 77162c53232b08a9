import { describe, expect, it } from "vitest";
import { flowSnippets } from "./flowSnippets";

describe("flowSnippets", () => {
  it("uses the attributes and the API call the widget's loader reads", () => {
    const code = flowSnippets("flw_123", "popup").map((s) => s.code);
    expect(code[0]).toBe('<a href="#" data-parley-flow="flw_123">Talk to us</a>');
    expect(code[2]).toBe('<div data-parley-inline="flw_123"></div>');
    expect(code[3]).toContain('window.Parley.startFlow("flw_123", { delivery: "popup" });');
  });

  it("never puts anything but id characters into the code", () => {
    const code = flowSnippets('x"><script>alert(1)</script>', "chat")
      .map((s) => s.code)
      .join("\n");
    expect(code).not.toContain("<script>");
    expect(code).toContain('data-parley-flow="xscriptalert1script"');
  });
});
