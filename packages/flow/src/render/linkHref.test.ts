import { describe, expect, it } from "vitest";
import { linkHref } from "./linkHref";

describe("the href a rendered link may carry", () => {
  it("links only to http, https and mailto", () => {
    expect(linkHref("https://example.com")).toBe("https://example.com");
    expect(linkHref(" http://example.com/a ")).toBe("http://example.com/a");
    expect(linkHref("mailto:a@example.com")).toBe("mailto:a@example.com");
    expect(linkHref(" JavaScript:alert(1)")).toBeNull();
    expect(linkHref("data:text/html,<script>x</script>")).toBeNull();
    expect(linkHref("//evil.example")).toBeNull();
    expect(linkHref(42)).toBeNull();
    expect(linkHref(undefined)).toBeNull();
  });
});
