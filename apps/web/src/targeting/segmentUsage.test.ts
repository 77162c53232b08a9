import { describe, expect, it } from "vitest";
import { segmentsUsing } from "./segmentUsage";

describe("segmentsUsing", () => {
  it("finds the other segments that name it, however deep", () => {
    const segments = [
      {
        id: "a",
        name: "A",
        conditions: { match: "all", conditions: [{ type: "segment", segmentId: "a", operator: "is" }] },
      },
      {
        id: "b",
        name: "B",
        conditions: {
          match: "all",
          conditions: [
            { match: "any", conditions: [{ type: "segment", segmentId: "a", operator: "is_not" }] },
          ],
        },
      },
      { id: "c", name: "C", conditions: { match: "all", conditions: [] } },
      { id: "d", name: "D", conditions: "broken" },
    ];
    expect(segmentsUsing("a", segments)).toEqual(["B"]);
    expect(segmentsUsing("c", segments)).toEqual([]);
  });
});
