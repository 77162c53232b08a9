import { describe, expect, it } from "vitest";
import { type ComposerKey, composerKeyAction } from "./composerKeys";

const press = (key: string, more: Partial<ComposerKey> = {}) =>
  composerKeyAction({ key, shiftKey: false, isComposing: false, menuOpen: false, ...more });

describe("composerKeyAction", () => {
  it("sends on Enter and leaves Shift+Enter to make a new line", () => {
    expect(press("Enter")).toBe("send");
    expect(press("Enter", { shiftKey: true })).toBe("default");
    expect(press("a")).toBe("default");
  });

  it("never sends while an input method composes a character", () => {
    expect(press("Enter", { isComposing: true })).toBe("default");
  });

  it("moves through the open canned menu with the arrows, inserts on Enter and closes on Escape", () => {
    const menuOpen = true;
    expect(press("ArrowDown", { menuOpen })).toBe("menu-next");
    expect(press("ArrowUp", { menuOpen })).toBe("menu-previous");
    expect(press("Enter", { menuOpen })).toBe("menu-insert");
    expect(press("Tab", { menuOpen })).toBe("menu-insert");
    expect(press("Escape", { menuOpen })).toBe("menu-close");
  });

  it("leaves arrows and Escape alone while the menu is closed", () => {
    expect(press("ArrowDown")).toBe("default");
    expect(press("Escape")).toBe("default");
  });
});
