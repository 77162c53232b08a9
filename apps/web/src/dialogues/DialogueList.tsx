import type { Dialogue } from "@parley/protocol/dialogues";
import { Link } from "@tanstack/react-router";
import { Button as AriaButton, GridList, GridListItem, useDragAndDrop } from "react-aria-components";
import { formatDate } from "../ui/formatDate";
import { TAB_PATHS } from "./dialogueKind";
import { DialogueRowActions, type RowCommand } from "./DialogueRowActions";
import { DialogueStatusBadge } from "./DialogueStatusBadge";
import { moveTo } from "./moveInOrder";
import { type DialogueKeyNumbers, keyNumbersOf } from "./report/dialogueKeyNumbers";
import { DialogueKeyNumbersLine } from "./report/DialogueKeyNumbersLine";

interface DialogueListProps {
  kind: Dialogue["kind"];
  dialogues: readonly Dialogue[];
  /** When given, rows can be dragged (mouse, touch, or keyboard from the handle) into a new order. */
  onReorder?: (ids: readonly string[]) => void;
  /** The row whose command is running. */
  pendingId: string | null;
  onCommand(dialogue: Dialogue, command: RowCommand): void;
  /** Each one's last 30 days (under its name), once loaded, for those who may read reports. */
  numbers?: ReadonlyMap<string, DialogueKeyNumbers>;
}

/**
 * The dialogues or flows as a grid list (react-aria): arrow keys move between rows and into a row's
 * links and buttons. Dialogues are listed highest priority first and can be reordered by dragging a
 * row or its handle; from the keyboard, Enter on the handle picks the row up, arrows choose where, Enter
 * drops (the Actions menu also offers Move up / Move down).
 */
export function DialogueList({
  kind,
  dialogues,
  onReorder,
  pendingId,
  onCommand,
  numbers,
}: DialogueListProps) {
  const order = dialogues.map((d) => d.id);
  // Always given to the GridList (it must not gain or lose the hooks between renders): disabled instead.
  const { dragAndDropHooks } = useDragAndDrop({
    isDisabled: !onReorder,
    getItems: (keys) =>
      [...keys].map((key) => ({ "text/plain": dialogues.find((d) => d.id === key)?.name ?? String(key) })),
    onReorder: (event) => {
      const next = moveTo(
        order,
        [...event.keys].map(String),
        String(event.target.key),
        event.target.dropPosition === "before" ? "before" : "after",
      );
      if (next !== order) onReorder?.(next);
    },
  });
  const priority = kind === "dialogue";
  return (
    <div
      className={`dialogue-list${priority ? "" : " dialogue-list-flows"}${onReorder ? " dialogue-list-reorderable" : ""}`}
    >
      <div className="dialogue-list-head" aria-hidden="true">
        {onReorder && <span />}
        <span>Name</span>
        <span>Status</span>
        {priority && <span>Priority</span>}
        <span>Version</span>
        <span>Last edited</span>
        <span />
      </div>
      <GridList
        aria-label={kind === "dialogue" ? "Dialogues, highest priority first" : "Conversational flows"}
        items={dialogues}
        dragAndDropHooks={dragAndDropHooks}
        // Rows are cached per item; these change how every row renders.
        dependencies={[Boolean(onReorder), pendingId, order.join(), numbers]}
        className="dialogue-rows"
      >
        {(dialogue) => {
          const index = order.indexOf(dialogue.id);
          return (
            <GridListItem
              id={dialogue.id}
              textValue={dialogue.name}
              className={`dialogue-row${dialogue.status === "archived" ? " row-muted" : ""}`}
            >
              {onReorder && (
                <AriaButton
                  slot="drag"
                  className="drag-handle"
                  aria-label={`Drag to reorder ${dialogue.name}`}
                >
                  <span aria-hidden="true">⠿</span>
                </AriaButton>
              )}
              <div className="dialogue-name">
                <Link
                  to={TAB_PATHS[dialogue.kind].design}
                  params={{ dialogueId: dialogue.id }}
                  className="cell-title"
                >
                  {dialogue.name}
                </Link>
                {dialogue.description && (
                  <span className="cell-sub dialogue-description">{dialogue.description}</span>
                )}
                {numbers && (
                  <DialogueKeyNumbersLine dialogue={dialogue} numbers={keyNumbersOf(numbers, dialogue.id)} />
                )}
              </div>
              <div>
                <DialogueStatusBadge dialogue={dialogue} />
              </div>
              {priority && (
                <div>
                  <span className="visually-hidden">Priority </span>
                  {dialogue.status === "archived" ? "—" : dialogue.priority}
                </div>
              )}
              <div>
                {dialogue.publishedVersion === null ? (
                  <span className="cell-sub">Not published</span>
                ) : (
                  <>Version {dialogue.publishedVersion}</>
                )}
              </div>
              <div>
                <span className="visually-hidden">Last edited </span>
                <span className="nowrap">{formatDate(dialogue.updatedAt)}</span>
                {dialogue.updatedBy && <span className="cell-sub">by {dialogue.updatedBy.name}</span>}
              </div>
              <div className="dialogue-actions">
                <DialogueRowActions
                  dialogue={dialogue}
                  pending={pendingId === dialogue.id}
                  move={
                    onReorder && dialogue.status !== "archived"
                      ? { up: index > 0, down: index < order.length - 1 }
                      : null
                  }
                  onCommand={(command) => onCommand(dialogue, command)}
                />
              </div>
            </GridListItem>
          );
        }}
      </GridList>
    </div>
  );
}
