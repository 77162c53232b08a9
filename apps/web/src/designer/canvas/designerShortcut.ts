/** What a key press on the designer asks for. */
export type DesignerCommand =
  | { type: "undo" }
  | { type: "redo" }
  | { type: "copy" }
  | { type: "paste" }
  | { type: "duplicate" }
  | { type: "delete" }
  | { type: "search" }
  | { type: "fit" }
  | { type: "selectAll" }
  | { type: "nudge"; dx: number; dy: number };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** One arrow press moves the selection this far; with Shift, a card's width-ish step. */
export const NUDGE = 10;
export const BIG_NUDGE = 50;

const ARROWS: Readonly<Record<string, [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The designer's keyboard shortcut for a key press, or null. Never while typing in a field: text
 * fields keep their own native undo, copy and arrows (`typing` is true for inputs, textareas, selects,
 * contenteditable and the side panel's widgets).
 */
export function designerShortcut(press: KeyPress, typing: boolean): DesignerCommand | null {
  if (typing || press.altKey) return null;
  const mod = press.ctrlKey || press.metaKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (mod) {
    switch (key) {
      case "z":
        return press.shiftKey ? { type: "redo" } : { type: "undo" };
      case "y":
        return { type: "redo" };
      case "c":
        return { type: "copy" };
      case "v":
        return { type: "paste" };
      case "d":
        return { type: "duplicate" };
      case "f":
        return { type: "search" };
      case "a":
        return { type: "selectAll" };
      default:
        return null;
    }
  }
  if (key === "Delete" || key === "Backspace") return { type: "delete" };
  if (key === "f" && !press.shiftKey) return { type: "fit" };
  const arrow = ARROWS[key];
  if (arrow) {
    const step = press.shiftKey ? BIG_NUDGE : NUDGE;
    return { type: "nudge", dx: arrow[0] * step, dy: arrow[1] * step };
  }
  return null;
}

/** Whether keys pressed in `element` belong to it (a field, a menu) rather than to the canvas. */
export function isTypingTarget(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.tagName;
  if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") return true;
  if ((element as HTMLElement).isContentEditable) return true;
  return (
    element.closest('[role="dialog"],[role="alertdialog"],[role="menu"],[role="listbox"],.designer-panel') !==
    null
  );
}
