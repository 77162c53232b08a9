import { describe, expect, it } from "vitest";
import { pageUrlInput } from "./pageUrlInput";

describe("pageUrlInput", () => {
  it("takes full addresses, and reads a bare host or path as https", () => {
    expect(pageUrlInput(" https://shop.example.com/pricing?plan=pro ")).toEqual({
      url: "https://shop.example.com/pricing?plan=pro",
    });
    expect(pageUrlInput("shop.example.com/pricing")).toEqual({ url: "https://shop.example.com/pricing" });
    expect(pageUrlInput("http://localhost:3000/demo")).toEqual({ url: "http://localhost:3000/demo" });
  });

  it("refuses what is not a web page's address", () => {
    expect(pageUrlInput("")).toEqual({ error: "Type the address of a page of your website" });
    expect(pageUrlInput("javascript:alert(1)")).toHaveProperty("error");
    expect(pageUrlInput("ftp://example.com/x")).toHaveProperty("error");
    expect(pageUrlInput("pricing")).toHaveProperty("error");
    expect(pageUrlInput("https://exa mple.com")).toHaveProperty("error");
  });
});
