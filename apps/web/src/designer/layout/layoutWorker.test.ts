import { afterAll, describe, expect, it } from "vitest";
import { sampleStream } from "../state/designerFixture";
import { layoutGraph } from "./layoutGraph";
import type { LayoutRequest, LayoutResponse } from "./layoutMessages";

/** A stand-in for the worker's global scope: what the worker posts, and its message handler. */
const posted: LayoutResponse[] = [];
const waiting: (() => void)[] = [];
const scope = {
  onmessage: null as ((event: { data: LayoutRequest }) => Promise<void>) | null,
  postMessage(response: LayoutResponse) {
    posted.push(response);
    waiting.shift()?.();
  },
};

describe("layoutWorker", () => {
  afterAll(() => {
    Reflect.deleteProperty(globalThis, "self");
  });

  it("answers every request, not only the first (elkjs claims self.onmessage when it loads)", async () => {
    // As in a real worker: `self` exists and `document` does not, so elkjs's engine registers itself.
    Object.assign(globalThis, { self: scope });
    await import("./layoutWorker");
    const handler = scope.onmessage;
    const graph = layoutGraph(sampleStream());
    for (const id of [1, 2, 3]) {
      const answered = new Promise<void>((resolve) => waiting.push(resolve));
      await scope.onmessage?.({ data: { id, graph } });
      await answered;
      expect(scope.onmessage, `handler after request ${id}`).toBe(handler);
    }
    expect(posted.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(posted.every((r) => "positions" in r && Object.keys(r.positions).length === 4)).toBe(true);
  });
});
