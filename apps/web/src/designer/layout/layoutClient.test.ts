import { describe, expect, it } from "vitest";
import { sampleStream } from "../state/designerFixture";
import type { LayoutPort } from "./layoutClient";
import { layoutClient, LayoutWorkerStopped } from "./layoutClient";
import { layoutGraph } from "./layoutGraph";
import type { LayoutRequest, LayoutResponse } from "./layoutMessages";
import { layoutEngine } from "./layoutEngine";

const runLayout = layoutEngine();

/** A worker stand-in that answers requests in the order `answer` is called. */
function fakeWorker() {
  const requests: LayoutRequest[] = [];
  const port: LayoutPort = { postMessage: (r) => requests.push(r), onmessage: null, onerror: null };
  const reply = (data: LayoutResponse) => port.onmessage?.(new MessageEvent("message", { data }));
  return { port, requests, reply };
}

describe("layoutClient", () => {
  it("answers each request with its own layout, whatever order they come back in", async () => {
    const worker = fakeWorker();
    const arrange = layoutClient(worker.port);
    const first = arrange(layoutGraph(sampleStream()));
    const second = arrange(layoutGraph(sampleStream()));
    const [r1, r2] = worker.requests;
    worker.reply({ id: r2!.id, positions: { bye: { x: 2, y: 2 } } });
    worker.reply({ id: r1!.id, positions: await runLayout(r1!.graph) });
    expect(await second).toEqual({ bye: { x: 2, y: 2 } });
    expect(Object.keys(await first)).toEqual(["welcome", "ask", "chat", "bye"]);
  });

  it("rejects with a readable error when the layout fails or the worker dies", async () => {
    const worker = fakeWorker();
    const arrange = layoutClient(worker.port);
    const failing = arrange(layoutGraph(sampleStream()));
    worker.reply({ id: worker.requests[0]!.id, error: "bad graph" });
    await expect(failing).rejects.toThrow("Auto-arrange failed: bad graph");
    const dying = arrange(layoutGraph(sampleStream()));
    // Node has no ErrorEvent; a worker's error event without a message looks like this.
    worker.port.onerror?.(new Event("error") as ErrorEvent);
    await expect(dying).rejects.toThrow("the layout worker stopped");
    await expect(dying).rejects.toBeInstanceOf(LayoutWorkerStopped);
    await expect(failing).rejects.not.toBeInstanceOf(LayoutWorkerStopped);
  });
});
