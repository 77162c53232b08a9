import { expect, test } from "vitest";
import { roleWithin } from "./roleWithin";

test("a role is within what one holds only when every one of its permissions is held", () => {
  const held = ["users.manage", "people.view"];
  expect(roleWithin({ permissions: ["people.view"] }, held)).toBe(true);
  expect(roleWithin({ permissions: [] }, held)).toBe(true);
  expect(roleWithin({ permissions: ["people.view", "sites.manage"] }, held)).toBe(false);
});
