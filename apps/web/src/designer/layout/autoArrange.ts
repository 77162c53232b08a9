import type { Stream } from "@parley/flow/stream";
import type { Point } from "../state/designerState";
import type { Size } from "./cardSize";
import { layoutClient } from "./layoutClient";
import { layoutGraph } from "./layoutGraph";

export type { Size } from "./cardSize";

let arrange: ReturnType<typeof layoutClient> | undefined;

/**
 * Positions (top-left corners) for every card of `stream`, laid out left to right by elkjs in a
 * Web Worker; `sizes` are the cards' measured sizes (estimated where missing). The canvas
 * dispatches the result as `applyLayout` (one undo step). The worker starts on first use.
 */
export function autoArrange(
  stream: Stream,
  sizes?: Readonly<Record<string, Size>>,
): Promise<Record<string, Point>> {
  arrange ??= layoutClient(new Worker(new URL("./layoutWorker.ts", import.meta.url), { type: "module" }));
  return arrange(layoutGraph(stream, sizes));
}
