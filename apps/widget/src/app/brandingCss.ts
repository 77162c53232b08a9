import { contrast, DARK_INK, ink } from "@parley/protocol/colorContrast";
import type { Branding } from "@parley/protocol/sites";

/**
 * The site's branding as CSS custom properties: each colour with the text colour that reads best on
 * it (`--xxi`), answer-button text that keeps 4.5:1 on white, position and offset, and the font (the
 * page's own when the site says "inherit").
 */
export function brandingCss(b: Branding, pageFont: string): string {
  const pair = (name: string, colour: string) => `--${name}:${colour};--${name}i:${ink(colour)};`;
  const font = (b.font !== "inherit" && b.font.trim() ? b.font : pageFont).replace(/[;{}]/g, "");
  const side = b.position === "bottom-left" ? "left" : "right";
  return (
    `:host{${pair("pl", b.launcherColor)}${pair("ph", b.headerColor)}${pair("pb", b.botBubbleColor)}` +
    `${pair("pv", b.visitorBubbleColor)}${pair("pk", b.buttonColor)}` +
    `--pkt:${contrast(b.buttonColor, "#ffffff") >= 4.5 ? b.buttonColor : DARK_INK};` +
    `--pf:${font || "system-ui,sans-serif"};--oy:${b.offsetY}px;--ox:${b.offsetX}px}` +
    `.pos{${side}:var(--ox)}`
  );
}
