import type { ElkNode } from "elkjs/lib/elk-api";
import type { Point } from "../state/designerState";
import type { LayoutRequest, LayoutResponse } from "./layoutMessages";

/** The part of a Worker the client uses (a test passes an in-process stand-in). */
export interface LayoutPort {
  postMessage(request: LayoutRequest): void;
  onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The worker itself failed (it could not load, or it crashed): a fresh one is needed. */
export class LayoutWorkerStopped extends Error {
  override name = "LayoutWorkerStopped";
}

/**
 * Sends graphs to a layout worker and resolves each request with its own answer (several may be
 * on their way: the canvas may ask again before the first layout is back). A worker that fails
 * as a whole rejects everything pending.
 */
export function layoutClient(port: LayoutPort): (graph: ElkNode) => Promise<Record<string, Point>> {
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (p: Record<string, Point>) => void; reject: (e: Error) => void }
  >();
  port.onmessage = (event) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if ("error" in answer) waiting.reject(new Error(`Auto-arrange failed: ${answer.error}`));
    else waiting.resolve(answer.positions);
  };
  port.onerror = (event) => {
    const error = new LayoutWorkerStopped(
      `Auto-arrange failed: ${event.message || "the layout worker stopped"}`,
    );
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  return (graph) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      port.postMessage({ id, graph });
    });
}
