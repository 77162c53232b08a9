import { expect, test } from "vitest";
import { safeNextPath } from "./safeNextPath";

test("returns to a path inside the app after signing in", () => {
  expect(safeNextPath("/settings/users?x=1")).toBe("/settings/users?x=1");
});

test("never leaves the app or loops back to the signed-out pages", () => {
  for (const next of [
    null,
    "",
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "settings",
    "/sign-in?next=/x",
    "/setup?token=t",
  ]) {
    expect(safeNextPath(next)).toBe("/");
  }
});
