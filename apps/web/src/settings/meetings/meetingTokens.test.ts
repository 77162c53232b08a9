import { describe, expect, test } from "vitest";
import { renderSample, unknownTokens } from "./meetingTokens";

describe("renderSample", () => {
  test("puts sample values in place of tokens, spaces inside the braces allowed", () => {
    expect(renderSample("Meeting with {{agent.name}} at {{ meeting.start }}")).toBe(
      "Meeting with Grace Hopper at Monday, 1 March 2027, 10:00",
    );
  });

  test("uses a token's fallback when its value is empty, and the sample otherwise", () => {
    const text = 'Hi {{person.firstName | "there"}},';
    expect(renderSample(text)).toBe("Hi Ada,");
    expect(renderSample(text, { "person.firstName": "" })).toBe("Hi there,");
    expect(renderSample("{{company.name}}!", { "company.name": "" })).toBe("!");
  });

  test("keeps an unknown token as typed, and names it", () => {
    expect(renderSample("{{agent.nmae}} and {{agent.name}}")).toBe("{{agent.nmae}} and Grace Hopper");
    expect(unknownTokens('{{agent.nmae}} {{site.name}} {{x.y | "z"}}')).toEqual(["agent.nmae", "x.y"]);
  });
});
