const FOCUSABLE =
  "a[href],button:not([disabled]),input:not([disabled]),select:not([disabled]),[tabindex='0']";

/**
 * Keeps Tab and Shift+Tab inside `container` (a dialog) and closes it on Escape. Focusable elements
 * are looked up at each key press: the answer buttons change all the time.
 */
export function trapFocus(container: HTMLElement, onEscape: () => void): void {
  container.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      onEscape();
      return;
    }
    if (event.key !== "Tab") return;
    const items = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => !el.closest("[hidden]") && el.getClientRects().length > 0,
    );
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return event.preventDefault();
    const active = (container.getRootNode() as ShadowRoot).activeElement;
    // Wrap around when nothing focusable follows (Tab) or precedes (Shift+Tab) the focused element,
    // which may be the transcript itself (focusable by script only); otherwise the browser's order is right.
    const follows = (el: HTMLElement) =>
      !!active && !!(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    const next = event.shiftKey ? items.filter((el) => el !== active && !follows(el)) : items.filter(follows);
    if (!active || !container.contains(active) || next.length === 0) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  });
}
