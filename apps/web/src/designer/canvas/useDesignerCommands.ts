import { useReactFlow } from "@xyflow/react";
import { type Dispatch, type RefObject, useCallback, useEffect, useRef } from "react";
import { copyCards, readCopiedCards } from "../state/clipboard";
import type { DesignerAction } from "../state/designerAction";
import type { DesignerState, Point } from "../state/designerState";
import { readCardClipboard, writeCardClipboard } from "./cardClipboard";
import { type DesignerCommand, designerShortcut, isTypingTarget } from "./designerShortcut";
import { FIT_VIEW } from "./fitView";
import { parseEdgeId } from "./flowElements";

interface CommandsInput {
  state: DesignerState;
  dispatch: Dispatch<DesignerAction>;
  selectedEdges: ReadonlySet<string>;
  clearEdgeSelection(): void;
  /** Where pasted cards go: the pointer over the canvas, else the middle of the view (flow coordinates). */
  pastePoint(): Point;
  searchInput: RefObject<HTMLInputElement | null>;
}

/** Runs designer commands (toolbar and keyboard alike) and listens for the shortcuts while mounted. */
export function useDesignerCommands(input: CommandsInput): (command: DesignerCommand) => void {
  const flow = useReactFlow();
  const latest = useRef(input);
  latest.current = input;
  const deletes = useRef(0);

  const run = useCallback(
    (command: DesignerCommand) => {
      const { state, dispatch, selectedEdges, clearEdgeSelection, pastePoint, searchInput } = latest.current;
      const selection = state.selection;
      switch (command.type) {
        case "undo":
        case "redo":
          dispatch({ type: command.type });
          return;
        case "copy":
          if (selection.length > 0) void writeCardClipboard(copyCards(state.stream, selection));
          return;
        case "paste":
          void readCardClipboard().then((texts) => {
            for (const text of texts) {
              const copied = readCopiedCards(text);
              if (!copied) continue;
              dispatch({
                type: "paste",
                cards: copied.cards,
                at: pastePoint(),
                translations: copied.translations,
              });
              return;
            }
          });
          return;
        case "duplicate": {
          const copied = selection.length > 0 ? readCopiedCards(copyCards(state.stream, selection)) : null;
          if (!copied) return;
          const xs = copied.cards.map((c) => c.position?.x ?? 0);
          const ys = copied.cards.map((c) => c.position?.y ?? 0);
          const at = { x: Math.min(...xs) + 40, y: Math.min(...ys) + 40 };
          dispatch({ type: "paste", cards: copied.cards, at, translations: copied.translations });
          return;
        }
        case "delete": {
          // One key press, one undo step, however many lines and cards it removes.
          deletes.current += 1;
          const coalesceKey = `delete-${deletes.current}`;
          for (const id of selectedEdges) {
            const edge = parseEdgeId(id);
            if (edge)
              dispatch({
                type: "connect",
                source: edge.source,
                handle: edge.handle,
                target: null,
                coalesceKey,
              });
          }
          if (selectedEdges.size > 0) clearEdgeSelection();
          if (selection.length > 0) dispatch({ type: "removeCards", ids: selection, coalesceKey });
          dispatch({ type: "endCoalesce" });
          return;
        }
        case "search":
          searchInput.current?.focus();
          searchInput.current?.select();
          return;
        case "fit":
          void flow.fitView({ ...FIT_VIEW, duration: 250 });
          return;
        case "selectAll":
          dispatch({ type: "select", ids: state.stream.cards.map((c) => c.id) });
          return;
        case "nudge": {
          if (selection.length === 0) return;
          const chosen = new Set(selection);
          const positions: Record<string, Point> = {};
          for (const card of state.stream.cards) {
            if (!chosen.has(card.id)) continue;
            const at = card.position ?? { x: 0, y: 0 };
            positions[card.id] = { x: at.x + command.dx, y: at.y + command.dy };
          }
          // Holding an arrow is one undo step: the key's release ends it (see keyup below).
          dispatch({ type: "moveCards", positions, coalesceKey: "nudge" });
          return;
        }
      }
    },
    [flow],
  );

  useEffect(() => {
    const down = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const command = designerShortcut(event, isTypingTarget(target));
      if (!command) return;
      // A focused card moves with the arrows by React Flow's own keyboard handling.
      if (command.type === "nudge" && target?.closest(".react-flow__node")) return;
      event.preventDefault();
      run(command);
    };
    const up = (event: KeyboardEvent) => {
      if (event.key.startsWith("Arrow") && latest.current.state.coalesceKey === "nudge") {
        latest.current.dispatch({ type: "endCoalesce" });
      }
    };
    window.addEventListener("keydown", down);
    window.addEventListener("keyup", up);
    return () => {
      window.removeEventListener("keydown", down);
      window.removeEventListener("keyup", up);
    };
  }, [run]);

  return run;
}
