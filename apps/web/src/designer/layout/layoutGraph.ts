import { cardEdges } from "@parley/flow/cardEdges";
import type { Stream } from "@parley/flow/stream";
import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api";
import type { Size } from "./cardSize";
import { estimatedCardSize } from "./cardSize";

/** Port ids: card ids hold no `/` (flow CardId), so these never clash. */
export const inPort = (cardId: string) => `${cardId}/in`;
export const outPort = (cardId: string, handle: string) => `${cardId}/out/${handle}`;

const ROOT_OPTIONS = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  // The canvas draws its own edges; ELK's routes are not used, and polylines are the cheapest.
  "elk.edgeRouting": "POLYLINE",
  "elk.spacing.nodeNode": "48",
  "elk.layered.spacing.nodeNodeBetweenLayers": "120",
  "elk.layered.spacing.edgeNodeBetweenLayers": "32",
  // Follow the stream's own order, so that the same stream always gets the same layout and a
  // question's first answer stays on top.
  "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
  "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
  "elk.layered.cycleBreaking.strategy": "MODEL_ORDER",
};

/**
 * The ELK graph of `stream`: one node per card (the start card first), sized by `sizes` or an
 * estimate; an input port on the left and one output port per connector on the right, in the
 * order the card shows its handles (FIXED_ORDER), so edges leave a card without crossing. Edges
 * to cards that do not exist are left out. Pure: the worker only runs ELK on it.
 */
export function layoutGraph(stream: Stream, sizes: Readonly<Record<string, Size>> = {}): ElkNode {
  const ids = new Set(stream.cards.map((c) => c.id));
  const ordered = [
    ...stream.cards.filter((c) => c.id === stream.startCardId),
    ...stream.cards.filter((c) => c.id !== stream.startCardId),
  ];
  const edges: ElkExtendedEdge[] = [];
  const children: ElkNode[] = ordered.map((card) => {
    const size = sizes[card.id] ?? estimatedCardSize(card);
    const connectors = cardEdges(card);
    for (const edge of connectors) {
      if (edge.target && ids.has(edge.target)) {
        edges.push({
          id: `${card.id}/edge/${edge.handle}`,
          sources: [outPort(card.id, edge.handle)],
          targets: [inPort(edge.target)],
        });
      }
    }
    return {
      id: card.id,
      width: size.width,
      height: size.height,
      layoutOptions: { "elk.portConstraints": "FIXED_ORDER" },
      ports: [
        {
          id: inPort(card.id),
          width: 1,
          height: 1,
          layoutOptions: { "elk.port.side": "WEST", "elk.port.index": "0" },
        },
        ...connectors.map((edge, i) => ({
          id: outPort(card.id, edge.handle),
          width: 1,
          height: 1,
          layoutOptions: { "elk.port.side": "EAST", "elk.port.index": String(i) },
        })),
      ],
    };
  });
  return { id: "stream", layoutOptions: ROOT_OPTIONS, children, edges };
}
