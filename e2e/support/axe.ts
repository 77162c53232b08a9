import { createRequire } from "node:module";
import path from "node:path";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
/** axe-core's browser build (installed with the web app's dev dependencies). */
const AXE_SCRIPT = path.join(path.dirname(require.resolve("axe-core")), "axe.min.js");

/** One rule broken on a screen, with where (CSS selectors) and axe's own words. */
export interface AxeProblem {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

interface AxeResults {
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: unknown[]; html: string; failureSummary?: string }[];
  }[];
}

/**
 * Runs axe-core in the page (WCAG 2.x A and AA rules and best practices) and returns the
 * violations of impact "serious" or "critical". Open shadow roots (the widget) are checked too.
 */
export async function seriousAxeProblems(page: Page): Promise<AxeProblem[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.addScriptTag({ path: AXE_SCRIPT });
  const results = (await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: unknown): Promise<unknown> } }).axe.run(
      document,
      { resultTypes: ["violations"] },
    ),
  )) as AxeResults;
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? "",
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => `${n.html.slice(0, 300)} ${n.failureSummary ?? ""}`),
    }));
}

/**
 * Resolves once the page has drawn two frames: what resizes itself in script after the window
 * changes (charts, the designer's canvas, on ResizeObserver and then a frame) has caught up.
 */
export function settledLayout(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/**
 * What makes the page scroll sideways (wider than the window): the deepest elements whose right
 * edge passes the window's, as `tag.class (right edge px)`; empty when the page fits.
 */
export function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    if ((document.scrollingElement?.scrollWidth ?? 0) <= window.innerWidth) return [];
    const past = Array.from(document.querySelectorAll("body *")).filter(
      (el) => el.getBoundingClientRect().right > window.innerWidth + 1,
    );
    const deepest = past.filter((el) => !past.some((other) => other !== el && el.contains(other)));
    const named = deepest.slice(0, 5).map((el) => {
      const cls = typeof el.className === "string" && el.className ? `.${el.className.split(" ")[0]}` : "";
      return `${el.tagName.toLowerCase()}${cls} (${Math.round(el.getBoundingClientRect().right)}px)`;
    });
    return named.length > 0 ? named : ["the page itself"];
  });
}

/**
 * Tabs from the top of the page until focus lands inside `main` (the screen's own content, past
 * the navigation); returns how many presses it took, or null if it never did within `limit`.
 */
export async function tabsIntoMain(page: Page, limit = 80): Promise<number | null> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press("Tab");
    const inside = await page.evaluate(() => {
      const active = document.activeElement;
      return !!active && active !== document.body && !!active.closest("main");
    });
    if (inside) return i;
  }
  return null;
}
