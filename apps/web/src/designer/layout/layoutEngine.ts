import ELK from "elkjs/lib/elk.bundled.js";
import type { ElkNode } from "elkjs/lib/elk-api";
import type { Point } from "../state/designerState";

/** Top-left corners of the laid-out cards, rounded to whole pixels. */
export function positionsOf(laidOut: ElkNode): Record<string, Point> {
  const positions: Record<string, Point> = {};
  for (const node of laidOut.children ?? []) {
    positions[node.id] = { x: Math.round(node.x ?? 0), y: Math.round(node.y ?? 0) };
  }
  return positions;
}

/**
 * An ELK instance, made now, and the function that lays out a graph from layoutGraph with it.
 * Made eagerly on purpose: elkjs loads its engine when constructed, and inside a worker that
 * engine claims `self.onmessage` — the worker must make it first and set its own handler after.
 */
export function layoutEngine(): (graph: ElkNode) => Promise<Record<string, Point>> {
  const elk = new ELK();
  return async (graph) => positionsOf(await elk.layout(graph));
}
