import type { Trigger } from "@parley/protocol/dialogues";

/**
 * What the behaviour triggers count, kept in localStorage so that reloading a page or moving to
 * another page never resets them (product.md §3). Short keys: this ships in the 3 KB loader.
 */
export interface Counters {
  /** Seconds on the site (visible tab), all pages together. */
  s: number;
  /** The page (path) that `p` and `y` count. */
  q?: string;
  /** Seconds on that page: a reload continues, another page starts again. */
  p: number;
  /** Deepest scroll on that page, in %. */
  y: number;
  /** Dialogues whose trigger was met: they fire at once on any later page or visit. */
  m: Record<string, 1>;
}

/** The stored counters for `path` (page counters start again on another page). */
export function readCounters(value: unknown, path: string): Counters {
  const c: Counters = { s: 0, p: 0, y: 0, m: {}, ...(value as Partial<Counters>) };
  return c.q === path ? c : { ...c, q: path, p: 0, y: 0 };
}

/** Scroll depth in %: how much of the scrollable distance is behind the visitor. A page that cannot scroll counts as 100. */
export function scrollPercent(scrollY: number, scrollHeight: number, viewportHeight: number): number {
  const distance = scrollHeight - viewportHeight;
  return distance > 0 ? Math.min(100, Math.round((scrollY / distance) * 100)) : 100;
}

/** Whether a dialogue's trigger holds. Exit intent is met only by the event itself (see watchTriggers). */
export function triggerMet(t: Trigger, c: Counters, dialogueId: string): boolean {
  return (
    !!c.m[dialogueId] ||
    t.kind === "immediately" ||
    (t.kind === "seconds_on_page" && c.p >= t.seconds) ||
    (t.kind === "seconds_on_site" && c.s >= t.seconds) ||
    (t.kind === "scroll" && c.y >= t.percent)
  );
}
