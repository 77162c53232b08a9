/**
 * The href a rendered link may carry: http(s) and mailto only; anything else (javascript:, data:…)
 * renders as plain text. A last check at render time, small enough for the widget: streams are
 * checked more strictly when they are saved (../safeHref.ts).
 */
export function linkHref(href: unknown): string | null {
  return typeof href === "string" && /^(https?:\/\/|mailto:)/i.test(href.trim()) ? href.trim() : null;
}
