import { describe, expect, it } from "vitest";
import { audienceReferences } from "./audienceReferences";

describe("audienceReferences", () => {
  it("follows named segments, once each, even when one names itself", () => {
    const segments = [
      {
        id: "a",
        conditions: {
          match: "any",
          conditions: [
            { type: "attribute", attribute: "company.size", operator: "greater_than", value: 5 },
            { type: "segment", segmentId: "a", operator: "is" },
          ],
        },
      },
    ];
    const refs = audienceReferences(
      {
        match: "all",
        conditions: [
          {
            match: "any",
            conditions: [{ type: "attribute", attribute: "person.email", operator: "is_not_empty" }],
          },
          { type: "segment", segmentId: "a", operator: "is" },
        ],
      },
      segments,
    );
    expect([...refs.attributes].sort()).toEqual(["company.size", "person.email"]);
    expect(refs.segmentIds).toEqual(["a"]);
  });

  it("reads nothing for everyone", () => {
    expect(audienceReferences(null, [])).toEqual({ attributes: new Set(), segmentIds: [] });
  });
});
