import { expect, test } from "vitest";
import { plainFieldMessage } from "./plainFieldMessage";

test("our schemas' messages start with a capital, and 'must be at least' loses its 'must be'", () => {
  expect(plainFieldMessage("must be at least 10 characters")).toBe("At least 10 characters");
  expect(plainFieldMessage("must be a valid email address")).toBe("Must be a valid email address");
  expect(plainFieldMessage("must be a colour such as #1f6feb.")).toBe("Must be a colour such as #1f6feb");
});

test("zod's raw wording becomes plain words", () => {
  expect(plainFieldMessage("Too small: expected string to have >=1 characters")).toBe("Required");
  expect(plainFieldMessage("Too small: expected string to have >=10 characters")).toBe(
    "At least 10 characters",
  );
  expect(plainFieldMessage("Too big: expected string to have <=200 characters")).toBe(
    "At most 200 characters",
  );
  expect(plainFieldMessage("Invalid input: expected string, received undefined")).toBe("Required");
  expect(plainFieldMessage("Invalid email address")).toBe("Must be a valid email address");
  expect(plainFieldMessage('Invalid option: expected one of "a"|"b"')).toBe("Choose one of the options");
});

test("anything else is kept, capitalised", () => {
  expect(plainFieldMessage("already taken")).toBe("Already taken");
});
