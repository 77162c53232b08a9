import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/ApiError";
import { listStatus } from "./listStatus";

describe("listStatus", () => {
  it("says the list is loading, then nothing once it is there", () => {
    expect(listStatus({ isPending: true, isError: false, error: null }, "agents")).toBe("Loading agents…");
    expect(listStatus({ isPending: false, isError: false, error: null }, "agents")).toBeNull();
  });

  it("tells a role that may not see the list apart from a failure", () => {
    const forbidden = new ApiError(403, "forbidden", "You do not have permission");
    expect(listStatus({ isPending: false, isError: true, error: forbidden }, "teams")).toMatch(
      /Your role cannot see the teams; an admin can choose them/,
    );
    const down = new ApiError(0, "network", "Could not reach the Parley server.");
    expect(listStatus({ isPending: false, isError: true, error: down }, "teams")).toBe(
      "The teams could not be loaded: Could not reach the Parley server.",
    );
  });
});
