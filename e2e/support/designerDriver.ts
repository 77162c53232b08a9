import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";

/** How long a designer signal may take on a busy 2-core machine (the layout worker's first start). */
const SLOW = { timeout: 15_000 };

/**
 * Drives the stream designer as a marketer does: the palette, the cards on the canvas, the side
 * panel, connections dragged with the mouse from a card's labelled dot to another card. Only what a
 * user sees and the accessible names of the controls; no React Flow internals beyond its handles.
 */
export class DesignerDriver {
  constructor(readonly page: Page) {}

  /** The React Flow node of the card whose accessible name starts with "<type label> card". */
  card(typeLabel: string, nth = 0): Locator {
    return this.page
      .locator(".react-flow__node")
      .filter({ has: this.page.getByRole("article", { name: new RegExp(`^${typeLabel} card`) }) })
      .nth(nth);
  }

  /** The side panel (the selected card's settings). */
  get panel(): Locator {
    return this.page.getByRole("complementary", { name: "Card settings" });
  }

  /** "+ Add card", then the type from the palette; the new card is selected. */
  async add(typeLabel: string): Promise<void> {
    await this.page.getByRole("button", { name: "+ Add card" }).click();
    await this.page.getByRole("menuitem", { name: new RegExp(`^${typeLabel}( not shown)?$`) }).click();
    await this.panel.getByRole("heading", { level: 2 }).waitFor();
  }

  /** Selects a card by clicking its header (not a handle or a text). */
  async select(card: Locator): Promise<void> {
    await card.locator(".card-node-head").click();
    await this.panel.waitFor();
  }

  /** Types into a field of the side panel and leaves it (blur ends the typing's undo step). */
  async fill(label: string, text: string): Promise<void> {
    const field = this.panel.getByLabel(label, { exact: true });
    await field.fill(text);
    await field.blur();
  }

  /** Auto-arrange, then fit the canvas to the cards; resolves when both are done. */
  async arrange(): Promise<void> {
    const button = this.page
      .getByRole("toolbar", { name: "Designer" })
      .getByRole("button", { name: /^Arrang/ });
    await button.click();
    await expect.poll(() => button.innerText(), { timeout: 20_000 }).toBe("Arrange");
    await this.fit();
  }

  /** Waits until no React Flow viewport animation runs (two frames with the same transform). */
  async settled(): Promise<void> {
    const viewport = this.page.locator(".react-flow__viewport");
    let before = "";
    await expect
      .poll(async () => {
        const now = (await viewport.getAttribute("style")) ?? "";
        const same = now === before;
        before = now;
        return same;
      }, SLOW)
      .toBe(true);
  }

  /** Drags from the `connector` dot of `from` (its label, e.g. "Next", "Yes") onto the card `to`. */
  async connect(from: Locator, connector: string, to: Locator): Promise<void> {
    const edges = this.page.locator(".react-flow__edge");
    const before = await edges.count();
    await this.drag(this.dot(from, connector), await centre(to.locator(".card-handle--in")));
    await expect.poll(() => edges.count(), SLOW).toBe(before + 1);
  }

  /**
   * Drags from the `connector` dot of `from` onto empty canvas just right of it and picks `typeLabel`
   * from the menu that opens there: the new card is placed there, connected and selected. The
   * cards are arranged and the view zoomed out first, so that there is room to drop.
   */
  async addFrom(from: Locator, connector: string, typeLabel: string): Promise<void> {
    await this.arrange();
    // Zoomed out twice: room on every side of the arranged cards.
    for (let i = 0; i < 2; i++) await this.page.getByRole("button", { name: "Zoom Out" }).click();
    await this.settled();
    const dot = this.dot(from, connector);
    const at = await centre(dot);
    const canvas = await this.page.locator(".react-flow__pane").boundingBox();
    if (!canvas) throw new Error("The canvas is not on screen");
    // Right of the dot and a little below, inside the canvas and clear of the minimap (bottom right).
    const drop = {
      x: Math.min(at.x + 60, canvas.x + canvas.width - 20),
      y: Math.min(at.y + 30, canvas.y + canvas.height - 180),
    };
    await this.drag(dot, drop);
    await this.page
      .getByRole("menu", { name: "Add a connected card" })
      .getByRole("menuitem", { name: new RegExp(`^${typeLabel}( not shown)?$`) })
      .click();
    await this.panel.getByRole("heading", { name: new RegExp(`^${typeLabel}$`, "i"), level: 2 }).waitFor();
  }

  private dot(card: Locator, connector: string): Locator {
    return card.locator(".card-node-out", { hasText: connector }).locator(".react-flow__handle");
  }

  private async drag(from: Locator, to: { x: number; y: number }): Promise<void> {
    const a = await centre(from);
    const mouse = this.page.mouse;
    await mouse.move(a.x, a.y);
    await mouse.down();
    // Several steps: React Flow follows pointer moves to find the handle under the pointer.
    await mouse.move((a.x + to.x) / 2, (a.y + to.y) / 2, { steps: 5 });
    await mouse.move(to.x, to.y, { steps: 5 });
    await mouse.up();
  }

  /**
   * Every card in view, at once: the canvas controls' fit button (the toolbar's Fit animates, and
   * coordinates read during the animation would miss the dots).
   */
  async fit(): Promise<void> {
    await this.page.getByRole("button", { name: "Fit View" }).click();
    await this.settled();
  }

  /** The save indicator's words ("All changes saved", "Saving…" …). */
  saveState(): Promise<string> {
    return this.page.locator(".save-indicator").innerText();
  }

  async saved(): Promise<void> {
    await expect.poll(() => this.saveState(), { timeout: 15_000 }).toBe("All changes saved");
  }
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`Not on screen: ${locator.toString()}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
