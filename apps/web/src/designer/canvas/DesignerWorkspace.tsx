import type { CardType } from "@parley/flow/card";
import { migrateStream } from "@parley/flow/migrateStream";
import type { Stream } from "@parley/flow/stream";
import type { Dialogue } from "@parley/protocol/dialogues";
import { useReactFlow } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { useSession } from "../../session/SessionContext";
import { autoArrange } from "../layout/autoArrange";
import { CardPanel } from "../panel/CardPanel";
import { ConflictDialog } from "../save/ConflictDialog";
import { SaveIndicator } from "../save/SaveIndicator";
import { isDirty } from "../save/saveMachine";
import { useAutosave } from "../save/useAutosave";
import { designerReducer } from "../state/designerReducer";
import { initialDesignerState, type Point } from "../state/designerState";
import { searchCards } from "../state/searchCards";
import { TestChatPane } from "../testChat/TestChatPane";
import { CanvasSearch } from "./CanvasSearch";
import { DropMenu } from "./AddCardMenu";
import { DesignerCanvas, type OpenConnection } from "./DesignerCanvas";
import { DesignerToolbar } from "./DesignerToolbar";
import { FIT_VIEW } from "./fitView";
import { freeSpot } from "./freeSpot";
import type { Size } from "./flowElements";
import { ProblemsList } from "./ProblemsList";
import { PublishButton } from "./PublishButton";
import { useDesignerCommands } from "./useDesignerCommands";
import { useStreamProblems } from "./useStreamProblems";

interface DesignerWorkspaceProps {
  siteId: string;
  dialogue: Dialogue;
  stream: Stream;
}

/** The stream designer for one loaded draft: toolbar, canvas, side panel, test chat and problems. */
export function DesignerWorkspace({ siteId, dialogue, stream }: DesignerWorkspaceProps) {
  const { can } = useSession();
  const [state, dispatch] = useReducer(designerReducer, undefined, () =>
    initialDesignerState(stream, dialogue.draftRevision),
  );
  const flow = useReactFlow();
  const sizes = useRef(new Map<string, Size>()).current;
  const canvasRef = useRef<HTMLDivElement>(null);
  const pointer = useRef<Point | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(new Set());
  const [dropAt, setDropAt] = useState<OpenConnection | null>(null);
  const [testChatOpen, setTestChatOpen] = useState(false);
  const [arranging, setArranging] = useState(false);
  const [fitPending, setFitPending] = useState(false);
  const [placing, setPlacing] = useState(() => stream.cards.some((c) => !c.position));
  const [query, setQuery] = useState("");
  const [matchIndex, setMatchIndex] = useState(0);

  const latestStream = useRef(state.stream);
  latestStream.current = state.stream;
  const autosave = useAutosave(siteId, dialogue.id, state, dispatch);
  useUnsavedChangesGuard(isDirty(state));
  const problems = useStreamProblems(state.stream);

  const viewCentre = useCallback((): Point => {
    const box = canvasRef.current?.getBoundingClientRect();
    if (!box) return { x: 0, y: 0 };
    return flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
  }, [flow]);

  const centreOn = useCallback(
    (cardId: string) => {
      const node = flow.getInternalNode(cardId);
      if (!node) return;
      const { x, y } = node.internals.positionAbsolute;
      const width = node.measured.width ?? 240;
      const height = node.measured.height ?? 120;
      void flow.setCenter(x + width / 2, y + height / 2, {
        zoom: Math.max(flow.getZoom(), 0.8),
        duration: 250,
      });
    },
    [flow],
  );
  const showCard = useCallback(
    (cardId: string) => {
      dispatch({ type: "select", ids: [cardId] });
      centreOn(cardId);
    },
    [centreOn],
  );

  const arrange = useCallback(
    async (onlyUnplaced: boolean) => {
      setArranging(true);
      try {
        const positions = await autoArrange(latestStream.current, Object.fromEntries(sizes));
        // Only cards still without a place when the layout comes back (nothing the marketer placed).
        const unplaced = new Set(latestStream.current.cards.filter((c) => !c.position).map((c) => c.id));
        const wanted = onlyUnplaced
          ? Object.fromEntries(Object.entries(positions).filter(([id]) => unplaced.has(id)))
          : positions;
        dispatch({ type: "applyLayout", positions: wanted });
        setFitPending(true);
      } catch (error) {
        console.error("Auto-arrange failed", error);
      } finally {
        setArranging(false);
        setPlacing(false);
      }
    },
    [sizes],
  );

  // Cards without a position (made by the API, a template) are placed before the canvas first shows,
  // so nothing jumps and no edit can land in between.
  useEffect(() => {
    if (stream.cards.some((c) => !c.position)) void arrange(true);
  }, [stream, arrange]);
  useEffect(() => {
    if (!fitPending) return;
    const frame = requestAnimationFrame(() => {
      void flow.fitView({ ...FIT_VIEW, duration: 250 });
      setFitPending(false);
    });
    return () => cancelAnimationFrame(frame);
  }, [fitPending, flow, state.stream]);

  const matches = useMemo(() => {
    if (!query.trim()) return [];
    return [...new Set(searchCards(state.stream, query.trim()).map((m) => m.cardId))];
  }, [state.stream, query]);
  const matchSet = useMemo(() => new Set(matches), [matches]);
  const currentMatch = matches.length > 0 ? (matches[matchIndex % matches.length] ?? null) : null;
  const step = (delta: 1 | -1) => {
    if (matches.length === 0) return;
    const next = (matchIndex + delta + matches.length) % matches.length;
    setMatchIndex(next);
    const id = matches[next];
    if (id) showCard(id);
  };

  const run = useDesignerCommands({
    state,
    dispatch,
    selectedEdges,
    clearEdgeSelection: () => setSelectedEdges(new Set()),
    pastePoint: () => (pointer.current ? flow.screenToFlowPosition(pointer.current) : viewCentre()),
    searchInput,
  });

  const addCard = (cardType: CardType, from?: OpenConnection) => {
    if (from) {
      const position = flow.screenToFlowPosition(from.client);
      dispatch({
        type: "addCard",
        cardType,
        position: { x: position.x, y: position.y - 20 },
        from: from.from,
      });
      return;
    }
    const centre = viewCentre();
    const position = freeSpot({ x: centre.x - 120, y: centre.y - 60 }, state.stream.cards, sizes);
    dispatch({ type: "addCard", cardType, position });
  };

  const selectedCard =
    state.selection.length === 1 ? state.stream.cards.find((c) => c.id === state.selection[0]) : undefined;
  const conflict = autosave.phase.kind === "conflict" ? autosave.phase.theirs : null;

  return (
    <div className="designer">
      <DesignerToolbar
        onAdd={(type) => addCard(type)}
        canUndo={state.past.length > 0}
        canRedo={state.future.length > 0}
        onUndo={() => run({ type: "undo" })}
        onRedo={() => run({ type: "redo" })}
        onArrange={() => void arrange(false)}
        arranging={arranging}
        onFit={() => run({ type: "fit" })}
        search={
          <CanvasSearch
            query={query}
            onQuery={(q) => {
              setQuery(q);
              setMatchIndex(0);
            }}
            count={matches.length}
            current={matches.length > 0 ? matchIndex % matches.length : 0}
            onStep={step}
            inputRef={searchInput}
          />
        }
        saveState={<SaveIndicator phase={autosave.phase} draft={state} onRetry={autosave.resume} />}
        testChatOpen={testChatOpen}
        onToggleTestChat={() => setTestChatOpen(!testChatOpen)}
        publish={
          can("dialogues.publish") && (
            <PublishButton
              siteId={siteId}
              dialogueId={dialogue.id}
              problems={problems.list.length}
              flush={autosave.flush}
            />
          )
        }
      />
      <div className={`designer-main${testChatOpen ? " with-test-chat" : ""}`}>
        <div
          className="designer-canvas"
          ref={canvasRef}
          onMouseMove={(e) => {
            pointer.current = { x: e.clientX, y: e.clientY };
          }}
          onMouseLeave={() => {
            pointer.current = null;
          }}
        >
          {placing ? (
            <p className="loading designer-placing" role="status">
              Placing the cards…
            </p>
          ) : (
            <DesignerCanvas
              state={state}
              dispatch={dispatch}
              problems={problems.byCard}
              matches={matchSet}
              currentMatch={currentMatch}
              selectedEdges={selectedEdges}
              onSelectEdges={setSelectedEdges}
              sizes={sizes}
              onDropConnection={setDropAt}
            />
          )}
          <DropMenu
            at={dropAt?.client ?? null}
            onAdd={(type) => dropAt && addCard(type, dropAt)}
            onClose={() => setDropAt(null)}
          />
        </div>
        <aside className="designer-panel" aria-label={selectedCard ? "Card settings" : "Selection"}>
          {selectedCard ? (
            <CardPanel
              key={selectedCard.id}
              siteId={siteId}
              stream={state.stream}
              card={selectedCard}
              languages={Object.keys(state.stream.translations ?? {})}
              dispatch={dispatch}
            />
          ) : (
            <div className="designer-panel-hint">
              <h2>
                {state.selection.length > 1 ? `${state.selection.length} cards selected` : "No card selected"}
              </h2>
              <p>
                {state.selection.length > 1
                  ? "Drag them together, copy them (Ctrl+C) or delete them (Delete)."
                  : "Select a card to edit it, or add one with “+ Add card”. Drag from a card’s right-hand dot to connect it."}
              </p>
            </div>
          )}
        </aside>
        {testChatOpen && (
          <aside className="designer-test-chat" aria-label="Test chat">
            <TestChatPane
              siteId={siteId}
              stream={state.stream}
              dispatch={dispatch}
              onJumpToCard={showCard}
              onClose={() => setTestChatOpen(false)}
            />
          </aside>
        )}
      </div>
      <ProblemsList problems={problems.list} cards={state.stream.cards} onShowCard={showCard} />
      <ConflictDialog
        theirs={conflict}
        onReloadTheirs={(theirs) => {
          dispatch({ type: "load", stream: migrateStream(theirs.draft), revision: theirs.revision });
          autosave.resume();
        }}
        onKeepMine={(theirs) => {
          dispatch({ type: "rebase", revision: theirs.revision });
          autosave.resume();
        }}
      />
    </div>
  );
}
