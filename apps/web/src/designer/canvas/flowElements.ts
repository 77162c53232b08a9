import type { Card } from "@parley/flow/card";
import { cardEdges } from "@parley/flow/cardEdges";
import type { Edge, Node } from "@xyflow/react";
import type { Point } from "../state/designerState";

/** What the canvas marks on a card besides the card itself. */
export type CardMarks = {
  isStart: boolean;
  /** Validation messages about this card. */
  problems: readonly string[];
  search: "none" | "match" | "current";
  test: "none" | "path" | "current";
};

/** A report's figures for a card, drawn on it in the read-only funnel view (dialogues/report). */
export interface CardFunnel {
  reached: number;
  continued: number;
  dropped: number;
  /** dropped ÷ reached, 0…1; null when nobody reached the card. */
  dropOffRate: number | null;
}

export type CardNodeData = { card: Card; funnel?: CardFunnel } & CardMarks;
export type CardNode = Node<CardNodeData, "card">;

/** The decorations of the whole canvas, computed once per change. */
export interface CanvasMarks {
  startCardId: string;
  selection: ReadonlySet<string>;
  problems: ReadonlyMap<string, readonly string[]>;
  matches: ReadonlySet<string>;
  currentMatch: string | null;
  testCurrent: string | null;
  testPath: readonly string[];
}

export interface Size {
  width: number;
  height: number;
}

const ORIGIN: Point = { x: 0, y: 0 };
const NO_PROBLEMS: readonly string[] = [];

const sameMarks = (a: CardNodeData, b: CardMarks): boolean =>
  a.isStart === b.isStart && a.problems === b.problems && a.search === b.search && a.test === b.test;

/**
 * Nodes for the cards, reusing last time's node object when neither the card nor its marks changed:
 * React Flow and the memoised card component then skip it, so a drag re-renders only what moves.
 */
export function buildNodes(
  cards: readonly Card[],
  marks: CanvasMarks,
  sizes: ReadonlyMap<string, Size>,
  previous: readonly CardNode[],
  /** Where cards being dragged are right now (the reducer hears of it when the drag ends). */
  dragged: Readonly<Record<string, Point>> = {},
): CardNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  const onPath = new Set(marks.testPath);
  return cards.map((card) => {
    const mine: CardMarks = {
      isStart: card.id === marks.startCardId,
      problems: marks.problems.get(card.id) ?? NO_PROBLEMS,
      search: card.id === marks.currentMatch ? "current" : marks.matches.has(card.id) ? "match" : "none",
      test: card.id === marks.testCurrent ? "current" : onPath.has(card.id) ? "path" : "none",
    };
    const selected = marks.selection.has(card.id);
    const measured = sizes.get(card.id);
    const position = dragged[card.id] ?? card.position ?? ORIGIN;
    const old = before.get(card.id);
    const same =
      old &&
      old.data.card === card &&
      old.selected === selected &&
      old.measured === measured &&
      old.position.x === position.x &&
      old.position.y === position.y &&
      sameMarks(old.data, mine);
    if (same) return old;
    return {
      // React Flow measures a node once; handing the size back keeps it from measuring again per frame.
      ...(measured && { measured }),
      id: card.id,
      type: "card",
      position,
      data: { card, ...mine },
      selected,
    };
  });
}

export type CardEdgeData = { onPath: boolean };
export type FlowEdge = Edge<CardEdgeData>;

/** Pairs of consecutive cards on the test chat's path: `source→target`. */
const pathSteps = (path: readonly string[]): Set<string> =>
  new Set(path.slice(1).map((target, i) => `${path[i]}→${target}`));

/** One edge per connector that leads somewhere, labelled like cardEdges; reused when unchanged. */
export function buildEdges(
  cards: readonly Card[],
  testPath: readonly string[],
  selectedEdges: ReadonlySet<string>,
  previous: readonly FlowEdge[],
): FlowEdge[] {
  const before = new Map(previous.map((e) => [e.id, e]));
  const steps = pathSteps(testPath);
  const known = new Set(cards.map((c) => c.id));
  const edges: FlowEdge[] = [];
  for (const card of cards) {
    for (const edge of cardEdges(card)) {
      if (!edge.target || !known.has(edge.target)) continue;
      const id = edgeId(card.id, edge.handle);
      const onPath = steps.has(`${card.id}→${edge.target}`);
      const selected = selectedEdges.has(id);
      const old = before.get(id);
      if (
        old &&
        old.target === edge.target &&
        old.ariaLabel === `${edge.label} → ${edge.target}` &&
        old.data?.onPath === onPath &&
        old.selected === selected
      ) {
        edges.push(old);
        continue;
      }
      edges.push({
        id,
        source: card.id,
        sourceHandle: edge.handle,
        target: edge.target,
        // The connector's name is on the card beside its handle; a label on the line would repeat it
        // (and stack up when several answers lead to one card). Screen readers get it here.
        ariaLabel: `${edge.label} → ${edge.target}`,
        selected,
        data: { onPath },
        className: onPath ? "edge-on-path" : undefined,
        animated: onPath,
      });
    }
  }
  return edges;
}

/** An edge's id names its source and connector, so deleting it knows what to disconnect. */
export const edgeId = (source: string, handle: string): string => `${source} ${handle}`;

export function parseEdgeId(id: string): { source: string; handle: string } | null {
  const at = id.indexOf(" ");
  return at < 0 ? null : { source: id.slice(0, at), handle: id.slice(at + 1) };
}
