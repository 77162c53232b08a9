/// <reference lib="webworker" />
// Runs ELK off the main thread, so that laying out 300 cards never freezes the canvas.
import type { LayoutRequest, LayoutResponse } from "./layoutMessages";
import { layoutEngine } from "./layoutEngine";

declare const self: DedicatedWorkerGlobalScope;

// First the engine (it sets self.onmessage for itself while loading), then our handler over it.
const runLayout = layoutEngine();

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { id, graph } = event.data;
  let response: LayoutResponse;
  try {
    response = { id, positions: await runLayout(graph) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
