import { describe, expect, it } from "vitest";
import { installSnippet } from "./installSnippet";

describe("installSnippet", () => {
  it("loads this server's loader, asynchronously, for the site's public key", () => {
    expect(installSnippet("https://chat.example.com", "site_abc")).toBe(
      '<script src="https://chat.example.com/widget.js" data-site="site_abc" async></script>',
    );
  });
});
