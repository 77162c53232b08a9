import { expect, test } from "vitest";
import { avatarProblem } from "./avatarProblem";

const png = { type: "image/png", size: 40_000, width: 200, height: 200 };

test("a square PNG, JPEG or WebP up to 256 KB is fine", () => {
  expect(avatarProblem(png)).toBeNull();
  expect(avatarProblem({ ...png, type: "image/jpeg", size: 256 * 1024 })).toBeNull();
  expect(avatarProblem({ ...png, type: "image/webp" })).toBeNull();
});

test("other types, larger files and non-square images are refused with the reason", () => {
  expect(avatarProblem({ ...png, type: "image/gif" })).toBe("Choose a PNG, JPEG or WebP image");
  expect(avatarProblem({ ...png, type: "image/svg+xml" })).toBe("Choose a PNG, JPEG or WebP image");
  expect(avatarProblem({ ...png, size: 256 * 1024 + 1 })).toBe("The image is 257 KB; at most 256 KB");
  expect(avatarProblem({ ...png, width: 300 })).toBe("The image is 300 × 200 pixels; it must be square");
});
