export interface ComposerKey {
  key: string;
  shiftKey: boolean;
  /** An input method (IME) is composing: its Enter picks a character, it does not send. */
  isComposing: boolean;
  /** The canned-responses menu is open and has choices. */
  menuOpen: boolean;
}

export type ComposerAction =
  | "send"
  | "menu-next"
  | "menu-previous"
  | "menu-insert"
  | "menu-close"
  /** The textarea does its own thing (a new line, a character, moving the caret). */
  | "default";

/**
 * What a key press in the composer does: Enter sends and Shift+Enter makes a new line; while the
 * canned-responses menu is open, arrows move through it, Enter (or Tab) inserts and Escape closes it.
 */
export function composerKeyAction({ key, shiftKey, isComposing, menuOpen }: ComposerKey): ComposerAction {
  if (isComposing) return "default";
  if (menuOpen) {
    if (key === "ArrowDown") return "menu-next";
    if (key === "ArrowUp") return "menu-previous";
    if ((key === "Enter" && !shiftKey) || key === "Tab") return "menu-insert";
    if (key === "Escape") return "menu-close";
  }
  if (key === "Enter" && !shiftKey) return "send";
  return "default";
}
