import type { CardType } from "@parley/flow/card";
import type { ReactNode } from "react";
import { Button } from "../../ui/Button";
import { AddCardMenu } from "./AddCardMenu";

interface DesignerToolbarProps {
  onAdd(type: CardType): void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  onArrange(): void;
  arranging: boolean;
  onFit(): void;
  search: ReactNode;
  saveState: ReactNode;
  testChatOpen: boolean;
  onToggleTestChat(): void;
  publish: ReactNode;
}

/** Above the canvas: add, undo/redo, arrange and fit, search; the saved state, test chat and publish. */
export function DesignerToolbar(props: DesignerToolbarProps) {
  return (
    <div className="designer-toolbar" role="toolbar" aria-label="Designer">
      <AddCardMenu onAdd={props.onAdd} />
      <div className="designer-toolbar-group">
        <Button onPress={props.onUndo} disabled={!props.canUndo} aria-label="Undo" className="icon-button">
          <span aria-hidden="true" title="Undo (Ctrl+Z)">
            ↶
          </span>
        </Button>
        <Button onPress={props.onRedo} disabled={!props.canRedo} aria-label="Redo" className="icon-button">
          <span aria-hidden="true" title="Redo (Ctrl+Shift+Z)">
            ↷
          </span>
        </Button>
      </div>
      <div className="designer-toolbar-group">
        {/* Named by its visible words (axe: label in name), also while it says "Arranging…". */}
        <Button onPress={props.onArrange} disabled={props.arranging}>
          {props.arranging ? "Arranging…" : "Arrange"}
        </Button>
        <Button onPress={props.onFit} aria-label="Fit to screen (F)">
          Fit
        </Button>
      </div>
      {props.search}
      <div className="designer-toolbar-end">
        {props.saveState}
        <Button onPress={props.onToggleTestChat} aria-pressed={props.testChatOpen}>
          {props.testChatOpen ? "Close test chat" : "Test chat"}
        </Button>
        {props.publish}
      </div>
    </div>
  );
}
