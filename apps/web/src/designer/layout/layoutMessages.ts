import type { ElkNode } from "elkjs/lib/elk-api";
import type { Point } from "../state/designerState";

/** To the layout worker: lay out `graph` (from layoutGraph); `id` pairs the answer with the request. */
export interface LayoutRequest {
  id: number;
  graph: ElkNode;
}

/** From the layout worker: the cards' positions, or why ELK failed. */
export type LayoutResponse = { id: number; positions: Record<string, Point> } | { id: number; error: string };
