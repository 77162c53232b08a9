import type { BrowserContext, Page } from "playwright-core";

/** What the page played through Web Audio (see recordSounds). */
export interface SoundLog {
  /** AudioContext.resume() calls: the page asked to be allowed to play (on a visitor gesture). */
  unlocked: number;
  /** Every oscillator started: its pitch, and whether its context was running (audible, not muted by autoplay rules). */
  notes: { frequency: number; running: boolean }[];
}

/**
 * Records, from before the page's own scripts run, every oscillator the page starts and every
 * AudioContext it unlocks. Only observes: the real Web Audio calls go through unchanged.
 */
export async function recordSounds(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const log: SoundLog = { unlocked: 0, notes: [] };
    (window as unknown as { __sounds: SoundLog }).__sounds = log;
    const start = AudioScheduledSourceNode.prototype.start;
    AudioScheduledSourceNode.prototype.start = function (this: AudioScheduledSourceNode, when?: number) {
      if (this instanceof OscillatorNode)
        log.notes.push({ frequency: this.frequency.value, running: this.context.state === "running" });
      return start.call(this, when);
    };
    const resume = AudioContext.prototype.resume;
    AudioContext.prototype.resume = function (this: AudioContext) {
      log.unlocked++;
      return resume.call(this);
    };
  });
}

export function recordedSounds(page: Page): Promise<SoundLog> {
  return page.evaluate(() => (window as unknown as { __sounds: SoundLog }).__sounds);
}

/**
 * Lets a test hide the tab (see setTabHidden). Headless Chromium never hides a page, neither behind
 * another tab nor in a minimised window, so the page is told the way a browser tells it:
 * `document.hidden`, `document.visibilityState` and a `visibilitychange` event.
 */
export async function allowHidingTab(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    let hidden = false;
    Object.defineProperty(Document.prototype, "hidden", { configurable: true, get: () => hidden });
    Object.defineProperty(Document.prototype, "visibilityState", {
      configurable: true,
      get: () => (hidden ? "hidden" : "visible"),
    });
    (window as unknown as { __setTabHidden(value: boolean): void }).__setTabHidden = (value) => {
      hidden = value;
      document.dispatchEvent(new Event("visibilitychange"));
    };
  });
}

/** The visitor switches to another tab (true) or back (false). Needs allowHidingTab. */
export function setTabHidden(page: Page, hidden: boolean): Promise<void> {
  return page.evaluate(
    (value) => (window as unknown as { __setTabHidden(value: boolean): void }).__setTabHidden(value),
    hidden,
  );
}
