import { describe, expect, test } from "vitest";
import { ApiError } from "../api/ApiError";
import { errorFor, fieldErrorsOf } from "./fieldErrorsOf";

const validation = (details: unknown) =>
  new ApiError(400, "validation_failed", "Invalid body", details, "req-1");

describe("fieldErrorsOf", () => {
  test("keys the server's details by field path", () => {
    const errors = fieldErrorsOf(
      validation([
        { path: "/email", message: "must be a valid email address", keyword: "invalid_format" },
        {
          path: "/allowedDomains/2",
          message: "must be a domain such as example.com",
          keyword: "invalid_format",
        },
      ]),
    );
    expect(errors).toEqual({
      email: "Must be a valid email address",
      "allowedDomains.2": "Must be a domain such as example.com",
    });
    expect(errorFor(errors, "allowedDomains")).toBe("Must be a domain such as example.com");
  });

  test("keeps the first message of a field", () => {
    const errors = fieldErrorsOf(
      validation([
        { path: "/password", message: "first" },
        { path: "/password", message: "second" },
      ]),
    );
    expect(errors.password).toBe("First");
  });

  test("gives nothing for other errors or malformed details", () => {
    expect(fieldErrorsOf(new ApiError(409, "conflict", "taken", [{ path: "/email", message: "x" }]))).toEqual(
      {},
    );
    expect(fieldErrorsOf(new Error("boom"))).toEqual({});
    expect(fieldErrorsOf(validation("not a list"))).toEqual({});
    expect(fieldErrorsOf(validation([{ path: "", message: "root" }, null, { path: 3 }]))).toEqual({});
  });
});
