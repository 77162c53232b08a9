/**
 * The widget's text-colour rule for branding colours, shared by the widget (brandingCss) and the web
 * app (contrast hints in the branding form) so both judge a colour alike. Pure: no zod, no imports, so
 * the widget bundles only these few functions.
 */
/** Relative luminance of a #rrggbb colour (WCAG 2.x). */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return [16, 8, 0].reduce((sum, shift, i) => {
    const c = ((n >> shift) & 255) / 255;
    return sum + [0.2126, 0.7152, 0.0722][i]! * (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  }, 0);
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export const DARK_INK = "#16181d";

/**
 * The text colour (white or near-black) with the higher contrast on a background: above a luminance
 * of 0.2 the dark ink wins (that is where both contrasts are equal).
 */
export function ink(background: string): string {
  return luminance(background) > 0.2 ? DARK_INK : "#ffffff";
}

/**
 * The launcher icon's colour, as the loader picks it before the app (and its exact rule) is loaded:
 * a quick luminance estimate, cheap in bytes, that can differ from `ink` on mid-tone colours.
 */
export const launcherInk = (hex: string): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  return (n >> 16) * 2 + ((n >> 8) & 255) * 5 + (n & 255) > 1280 ? "#16181d" : "#fff";
};
