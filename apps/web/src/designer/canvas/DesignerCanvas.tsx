import {
  Background,
  Controls,
  type EdgeChange,
  type FinalConnectionState,
  MiniMap,
  type NodeChange,
  type NodeTypes,
  ReactFlow,
  useNodesInitialized,
} from "@xyflow/react";
import { type Dispatch, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { DesignerAction } from "../state/designerAction";
import type { DesignerState, Point } from "../state/designerState";
import { CARD_LOOKS } from "./cardLook";
import { CardNode } from "./CardNode";
import { FIT_VIEW } from "./fitView";
import {
  buildEdges,
  buildNodes,
  type CardNode as CardNodeType,
  type FlowEdge,
  type Size,
} from "./flowElements";

const nodeTypes: NodeTypes = { card: CardNode };

/** Where a connection was dropped on empty canvas: the add-card menu opens there. */
export interface OpenConnection {
  client: Point;
  from: { cardId: string; handle: string };
}

interface DesignerCanvasProps {
  state: DesignerState;
  dispatch: Dispatch<DesignerAction>;
  problems: ReadonlyMap<string, readonly string[]>;
  matches: ReadonlySet<string>;
  currentMatch: string | null;
  selectedEdges: ReadonlySet<string>;
  onSelectEdges(ids: ReadonlySet<string>): void;
  /** The measured card sizes, for auto-arrange and centring (filled in by React Flow). */
  sizes: Map<string, Size>;
  onDropConnection(open: OpenConnection): void;
}

/** The canvas: cards as React Flow nodes, connectors as edges; every change goes through the reducer. */
export function DesignerCanvas(props: DesignerCanvasProps) {
  const { state, dispatch, sizes } = props;
  const [sizeVersion, setSizeVersion] = useState(0);
  // A drag moves cards here, frame by frame, without touching the reducer: only the canvas re-renders.
  // Its end dispatches one moveCards (one undo step).
  const [dragged, setDragged] = useState<Readonly<Record<string, Point>>>({});
  const draggedRef = useRef(dragged);
  draggedRef.current = dragged;
  const dragKey = useRef<string | null>(null);
  const drags = useRef(0);
  const selectionRef = useRef(state.selection);
  selectionRef.current = state.selection;
  const edgeSelectionRef = useRef(props.selectedEdges);
  edgeSelectionRef.current = props.selectedEdges;

  const dragging = Object.keys(dragged).length > 0;
  const marks = useMemo(
    () => ({
      startCardId: state.stream.startCardId,
      selection: new Set(state.selection),
      problems: props.problems,
      matches: props.matches,
      currentMatch: props.currentMatch,
      testCurrent: state.testChat.current,
      testPath: state.testChat.path,
    }),
    [
      state.stream.startCardId,
      state.selection,
      props.problems,
      props.matches,
      props.currentMatch,
      state.testChat,
    ],
  );
  const nodesBefore = useRef<CardNodeType[]>([]);
  const nodes = useMemo(() => {
    void sizeVersion; // sizes is mutated in place; the version says when it changed
    return buildNodes(state.stream.cards, marks, sizes, nodesBefore.current, dragged);
  }, [state.stream.cards, marks, sizes, sizeVersion, dragged]);
  nodesBefore.current = nodes;
  const edgesBefore = useRef<FlowEdge[]>([]);
  const edges = useMemo(
    () => buildEdges(state.stream.cards, state.testChat.path, props.selectedEdges, edgesBefore.current),
    [state.stream.cards, state.testChat.path, props.selectedEdges],
  );
  edgesBefore.current = edges;

  // The benchmark (bench/designerRender.ts) reads this mark: every card drawn and measured.
  const initialized = useNodesInitialized();
  useEffect(() => {
    if (initialized && performance.getEntriesByName("designer:rendered").length === 0) {
      performance.mark("designer:rendered");
    }
  }, [initialized]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CardNodeType>[]) => {
      const positions: Record<string, Point> = {};
      let moved = false;
      let dragging = false;
      let resized = false;
      let selection: string[] | null = null;
      for (const change of changes) {
        if (change.type === "position" && change.position) {
          positions[change.id] = change.position;
          moved = true;
          dragging ||= change.dragging === true;
        } else if (change.type === "dimensions" && change.dimensions) {
          const old = sizes.get(change.id);
          const { width, height } = change.dimensions;
          if (!old || old.width !== width || old.height !== height) {
            sizes.set(change.id, { width, height });
            resized = true;
          }
        } else if (change.type === "select") {
          selection ??= [...selectionRef.current];
          const without: string[] = selection.filter((id) => id !== change.id);
          selection = change.selected ? [...without, change.id] : without;
        }
      }
      if (moved && dragging) setDragged((before) => ({ ...before, ...positions }));
      else if (moved) {
        // The drag's end (or a focused card moved with the arrows): now the reducer hears of it.
        const all = { ...draggedRef.current, ...positions };
        dispatch({ type: "moveCards", positions: all, coalesceKey: dragKey.current ?? undefined });
        setDragged({});
      }
      if (selection) dispatch({ type: "select", ids: selection });
      if (resized) setSizeVersion((v) => v + 1);
    },
    [dispatch, sizes],
  );

  const { onSelectEdges } = props;
  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      let next: Set<string> | null = null;
      for (const change of changes) {
        if (change.type !== "select") continue;
        next ??= new Set(edgeSelectionRef.current);
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      if (next) onSelectEdges(next);
    },
    [onSelectEdges],
  );

  const { onDropConnection } = props;
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, connection: FinalConnectionState) => {
      if (connection.isValid || !connection.fromNode || connection.fromHandle?.type !== "source") return;
      const target = event.target as Element | null;
      if (!target?.classList.contains("react-flow__pane")) return;
      const point = "changedTouches" in event ? event.changedTouches[0] : event;
      if (!point) return;
      onDropConnection({
        client: { x: point.clientX, y: point.clientY },
        from: { cardId: connection.fromNode.id, handle: connection.fromHandle.id ?? "next" },
      });
    },
    [onDropConnection],
  );

  return (
    <ReactFlow<CardNodeType, FlowEdge>
      className="designer-flow"
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={(c) => {
        if (c.sourceHandle)
          dispatch({ type: "connect", source: c.source, handle: c.sourceHandle, target: c.target });
      }}
      onConnectEnd={onConnectEnd}
      onNodeDragStart={() => {
        drags.current += 1;
        dragKey.current = `drag-${drags.current}`;
      }}
      onNodeDragStop={() => {
        const left = draggedRef.current;
        if (Object.keys(left).length > 0) {
          dispatch({ type: "moveCards", positions: left, coalesceKey: dragKey.current ?? undefined });
          setDragged({});
        }
        dragKey.current = null;
        dispatch({ type: "endCoalesce" });
      }}
      deleteKeyCode={null}
      selectionKeyCode="Shift"
      multiSelectionKeyCode={["Meta", "Control"]}
      minZoom={0.1}
      maxZoom={2}
      fitView
      fitViewOptions={FIT_VIEW}
      aria-label="Stream canvas"
    >
      <Background gap={24} />
      <Controls showInteractive={false} />
      {/* The overview steps aside while cards are dragged: redrawing it costs a 300-card drag about
          a third of each frame (bench/RESULTS.md); it is back, up to date, when they are let go. */}
      {!dragging && <MiniMap pannable zoomable nodeClassName={minimapClass} />}
    </ReactFlow>
  );
}

/** The minimap's colour per card type: one function for the component's life, so its nodes stay memoised. */
const minimapClass = (node: { data: unknown }): string =>
  `minimap-${CARD_LOOKS[(node as unknown as CardNodeType).data.card.type].tone}`;
