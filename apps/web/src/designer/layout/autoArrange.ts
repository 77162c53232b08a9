import type { Stream } from "@parley/flow/stream";
import type { Point } from "../state/designerState";
import type { Size } from "./cardSize";
import { keepStartInPlace } from "./keepStartInPlace";
import { layoutClient, LayoutWorkerStopped } from "./layoutClient";
import { layoutGraph } from "./layoutGraph";

export type { Size } from "./cardSize";

let worker: { arrange: ReturnType<typeof layoutClient>; stop: () => void } | undefined;

function startWorker() {
  const started = new Worker(new URL("./layoutWorker.ts", import.meta.url), { type: "module" });
  return { arrange: layoutClient(started), stop: () => started.terminate() };
}

/**
 * Positions (top-left corners) for every card of `stream`, laid out left to right by elkjs in a
 * Web Worker; `sizes` are the cards' measured sizes (estimated where missing). The canvas
 * dispatches the result as `applyLayout` (one undo step). The start card keeps its place. The
 * worker starts on first use; after a failure the next call starts a fresh one.
 */
export async function autoArrange(
  stream: Stream,
  sizes?: Readonly<Record<string, Size>>,
): Promise<Record<string, Point>> {
  worker ??= startWorker();
  const current = worker;
  try {
    return keepStartInPlace(stream, await current.arrange(layoutGraph(stream, sizes)));
  } catch (error) {
    // A layout that failed leaves the worker usable; a worker that stopped is replaced next time.
    if (error instanceof LayoutWorkerStopped && worker === current) {
      worker = undefined;
      current.stop();
    }
    throw error;
  }
}
