import { expect, test } from "vitest";
import { splitDomains } from "./useDomainList";

test("accepts pasted lists and URLs, lower-cased", () => {
  expect(
    splitDomains(" Example.com, *.shop.example.org;https://www.Acme.io/pricing\nlocalhost:3000 "),
  ).toEqual(["example.com", "*.shop.example.org", "www.acme.io", "localhost:3000"]);
  expect(splitDomains("  ,, ")).toEqual([]);
});
