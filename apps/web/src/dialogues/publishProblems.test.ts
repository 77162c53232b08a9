import { describe, expect, it } from "vitest";
import { ApiError } from "../api/ApiError";
import { publishRefusal } from "./publishProblems";

describe("publishRefusal", () => {
  it("lists each problem of the stream in words", () => {
    const error = new ApiError(400, "validation_failed", "The stream cannot be published: a; b", {
      problems: [
        {
          cardId: "c1",
          code: "after_live_chat",
          message: "Nothing may follow a Live chat card (card “Ask”)",
        },
        { code: "unreachable", message: "Card “Bye” cannot be reached" },
        { code: "odd" },
      ],
    });
    expect(publishRefusal(error, "Pricing")).toEqual({
      summary: "“Pricing” cannot be published yet: fix these 2 problems in the designer first.",
      problems: ["Nothing may follow a Live chat card (card “Ask”)", "Card “Bye” cannot be reached"],
    });
  });

  it("passes other refusals on as the server said them", () => {
    const error = new ApiError(409, "conflict", "This dialogue is archived; duplicate it to publish again");
    expect(publishRefusal(error, "Old")).toEqual({
      summary: "“Old” was not published: This dialogue is archived; duplicate it to publish again",
      problems: [],
    });
    expect(publishRefusal("boom", "X").summary).toBe("“X” was not published: Something went wrong");
  });
});
