/**
 * Adds a stylesheet to a shadow root: a constructed stylesheet where supported (allowed by strict
 * CSP without 'unsafe-inline'), else a <style> element.
 */
export function adoptCss(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement("style");
    style.textContent = css;
    root.prepend(style);
  }
}
