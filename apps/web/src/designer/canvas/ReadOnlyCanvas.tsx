import type { Stream } from "@parley/flow/stream";
import { Background, Controls, type NodeChange, type NodeTypes, ReactFlow } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { autoArrange } from "../layout/autoArrange";
import type { Point } from "../state/designerState";
import { CardNode } from "./CardNode";
import { FIT_VIEW } from "./fitView";
import {
  buildEdges,
  buildNodes,
  type CardFunnel,
  type CardNode as CardNodeType,
  type FlowEdge,
  type Size,
} from "./flowElements";
import "@xyflow/react/dist/style.css";
import "../designer.css";

const nodeTypes: NodeTypes = { card: CardNode };
const NO_MARKS = {
  selection: new Set<string>(),
  problems: new Map<string, readonly string[]>(),
  matches: new Set<string>(),
  currentMatch: null,
  testCurrent: null,
  testPath: [],
};

interface ReadOnlyCanvasProps {
  /** A published version's stream: shown as the designer draws it, never edited. */
  stream: Stream;
  /** The figures drawn on each card (the dialogue report's funnel). */
  funnel: ReadonlyMap<string, CardFunnel>;
  /** Conversations along a connector, by edge id: drawn thicker and labelled; others plain. */
  traffic: ReadonlyMap<string, number>;
  label: string;
}

/**
 * The designer's canvas in a read-only mode: the same card nodes and connectors, no editing (no drag,
 * connect, select or delete; nothing is saved), with pan, zoom and fit. Cards the version holds
 * without a place are arranged as the designer would place them, before anything shows.
 */
export function ReadOnlyCanvas({ stream, funnel, traffic, label }: ReadOnlyCanvasProps) {
  const unplaced = useMemo(() => stream.cards.filter((c) => !c.position).map((c) => c.id), [stream]);
  const [placed, setPlaced] = useState<Readonly<Record<string, Point>> | null>(
    unplaced.length === 0 ? {} : null,
  );
  useEffect(() => {
    if (unplaced.length === 0) return;
    let live = true;
    autoArrange(stream).then(
      (positions) => {
        if (live) setPlaced(Object.fromEntries(unplaced.map((id) => [id, positions[id] ?? { x: 0, y: 0 }])));
      },
      (error: unknown) => {
        console.error("Could not place the version's cards", error);
        if (live) setPlaced({});
      },
    );
    return () => {
      live = false;
    };
  }, [stream, unplaced]);

  // As in the designer: React Flow measures each card once and the size is handed back with it, so
  // "fit" knows the cards' real extent.
  const sizes = useRef(new Map<string, Size>()).current;
  const [sizeVersion, setSizeVersion] = useState(0);
  const onNodesChange = useCallback(
    (changes: NodeChange<CardNodeType>[]) => {
      let resized = false;
      for (const change of changes) {
        if (change.type !== "dimensions" || !change.dimensions) continue;
        const old = sizes.get(change.id);
        const { width, height } = change.dimensions;
        if (old?.width === width && old.height === height) continue;
        sizes.set(change.id, { width, height });
        resized = true;
      }
      if (resized) setSizeVersion((v) => v + 1);
    },
    [sizes],
  );
  const nodes = useMemo(() => {
    void sizeVersion; // sizes is mutated in place; the version says when it changed
    if (!placed) return null;
    const marks = { ...NO_MARKS, startCardId: stream.startCardId };
    return buildNodes(stream.cards, marks, sizes, [], placed).map((node): CardNodeType => ({
      ...node,
      data: { ...node.data, funnel: funnel.get(node.id) },
    }));
  }, [stream, placed, funnel, sizes, sizeVersion]);
  const edges = useMemo(
    () => weighted(buildEdges(stream.cards, [], new Set(), []), traffic),
    [stream, traffic],
  );

  if (!nodes)
    return (
      <p className="loading" role="status">
        Placing the cards…
      </p>
    );
  return (
    <ReactFlow<CardNodeType, FlowEdge>
      className="designer-flow read-only-flow"
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      deleteKeyCode={null}
      minZoom={0.1}
      maxZoom={2}
      fitView
      fitViewOptions={FIT_VIEW}
      aria-label={label}
    >
      <Background gap={24} />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}

/** Connectors whose traffic is known get a width by their share of the busiest one, and a count. */
function weighted(edges: FlowEdge[], traffic: ReadonlyMap<string, number>): FlowEdge[] {
  const most = Math.max(1, ...traffic.values());
  return edges.map((edge) => {
    const count = traffic.get(edge.id);
    if (count === undefined) return edge;
    return {
      ...edge,
      label: String(count),
      ariaLabel: `${edge.ariaLabel ?? edge.id}: ${count} conversations`,
      style: { strokeWidth: 1.5 + 6 * (count / most) },
    };
  });
}
