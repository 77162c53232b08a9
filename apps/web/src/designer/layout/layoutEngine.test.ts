import { generateStream } from "@parley/flow/testing/generateStream";
import { describe, expect, it } from "vitest";
import { sampleStream } from "../state/designerFixture";
import { layoutGraph } from "./layoutGraph";
import { layoutEngine } from "./layoutEngine";

const runLayout = layoutEngine();

describe("layoutEngine (elkjs, as the worker runs it)", () => {
  it("lays the stream out left to right with a question's answers in order, top to bottom", async () => {
    const positions = await runLayout(layoutGraph(sampleStream()));
    const { welcome, ask, chat, bye } = positions;
    expect(welcome!.x).toBeLessThan(ask!.x);
    expect(ask!.x).toBeLessThan(chat!.x);
    expect(ask!.x).toBeLessThan(bye!.x);
    expect(chat!.y).toBeLessThan(bye!.y); // "Yes" (first) above "No"
  });

  it("places every card without overlaps, the same way every time", async () => {
    const stream = generateStream(11, 40);
    const graph = layoutGraph(stream);
    const positions = await runLayout(graph);
    expect(Object.keys(positions).sort()).toEqual(stream.cards.map((c) => c.id).sort());
    const boxes = (graph.children ?? []).map((n) => ({ ...positions[n.id]!, w: n.width!, h: n.height! }));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart).toBe(true);
      }
    }
    expect(await runLayout(layoutGraph(stream))).toEqual(positions);
  });
});
