import { describe, expect, it } from "vitest";
import { designerShortcut, type KeyPress } from "./designerShortcut";

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("designer shortcuts", () => {
  it("undo and the two redos, with Ctrl or Cmd", () => {
    expect(designerShortcut(press("z", { ctrlKey: true }), false)).toEqual({ type: "undo" });
    expect(designerShortcut(press("Z", { metaKey: true, shiftKey: true }), false)).toEqual({ type: "redo" });
    expect(designerShortcut(press("y", { ctrlKey: true }), false)).toEqual({ type: "redo" });
  });

  it("copy, paste, duplicate, search, delete, fit", () => {
    expect(designerShortcut(press("c", { ctrlKey: true }), false)?.type).toBe("copy");
    expect(designerShortcut(press("v", { metaKey: true }), false)?.type).toBe("paste");
    expect(designerShortcut(press("d", { ctrlKey: true }), false)?.type).toBe("duplicate");
    expect(designerShortcut(press("f", { ctrlKey: true }), false)?.type).toBe("search");
    expect(designerShortcut(press("Backspace"), false)?.type).toBe("delete");
    expect(designerShortcut(press("Delete"), false)?.type).toBe("delete");
    expect(designerShortcut(press("f"), false)?.type).toBe("fit");
  });

  it("arrows move the selection, further with Shift", () => {
    expect(designerShortcut(press("ArrowLeft"), false)).toEqual({ type: "nudge", dx: -10, dy: 0 });
    expect(designerShortcut(press("ArrowDown", { shiftKey: true }), false)).toEqual({
      type: "nudge",
      dx: 0,
      dy: 50,
    });
  });

  it("does nothing while typing in a field, so the field keeps its own undo", () => {
    expect(designerShortcut(press("z", { ctrlKey: true }), true)).toBeNull();
    expect(designerShortcut(press("Backspace"), true)).toBeNull();
    expect(designerShortcut(press("q"), false)).toBeNull();
  });
});
