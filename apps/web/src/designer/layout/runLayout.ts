import ELK from "elkjs/lib/elk.bundled.js";
import type { ElkNode } from "elkjs/lib/elk-api";
import type { Point } from "../state/designerState";

let elk: InstanceType<typeof ELK> | undefined;

/** Top-left corners of the laid-out cards, rounded to whole pixels. */
export function positionsOf(laidOut: ElkNode): Record<string, Point> {
  const positions: Record<string, Point> = {};
  for (const node of laidOut.children ?? []) {
    positions[node.id] = { x: Math.round(node.x ?? 0), y: Math.round(node.y ?? 0) };
  }
  return positions;
}

/** Runs ELK on a graph from layoutGraph. The worker calls it; tests call it directly in Node. */
export async function runLayout(graph: ElkNode): Promise<Record<string, Point>> {
  elk ??= new ELK();
  return positionsOf(await elk.layout(graph));
}
