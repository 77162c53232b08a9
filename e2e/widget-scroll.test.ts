import type { Locator } from "playwright-core";
import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { chatWindow, launcher, testPageHtml, widget } from "./support/widgetPage";
import { newVisitor, widgetSuite } from "./support/widgetSuite";

const LOREM =
  "Our plans come with onboarding, a named account manager and a quarterly review of what the team achieved.";

/** Many bot messages between two questions, the last one with an image that loads late. */
const longStream = (imageUrl: string) => {
  const say = (id: string, text: string, next: string, image?: { url: string; alt: string }) => ({
    id,
    type: "message",
    text: `${text} ${LOREM}`,
    ...(image ? { image } : {}),
    next,
  });
  return {
    schemaVersion: 1,
    startCardId: "m1",
    cards: [
      say("m1", "Hello! Part one.", "m2"),
      say("m2", "Part two.", "m3"),
      say("m3", "Part three.", "m4"),
      say("m4", "Part four.", "more"),
      {
        id: "more",
        type: "question",
        text: "Shall I go on?",
        answers: [{ id: "go", label: "Go on", value: "go" }],
        next: "m5",
      },
      say("m5", "Part five.", "m6"),
      say("m6", "Part six.", "m7"),
      say("m7", "Part seven.", "m8"),
      say("m8", "Here is our office.", "last", { url: imageUrl, alt: "Our office" }),
      {
        id: "last",
        type: "question",
        text: "Anything else?",
        answers: [{ id: "no", label: "No, thanks", value: "no" }],
        next: "bye",
      },
      { id: "bye", type: "message", text: "Goodbye, and thanks for reading all of this!" },
    ],
  };
};

/** A 400 × 300 picture: its height is unknown to the page until it arrives. */
const PICTURE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#4a7"/></svg>';

/** Where the transcript's scroll area is, and whether its newest row is fully inside it. */
const scrollState = (dialog: Locator) =>
  dialog.locator(".sc").evaluate((scroller) => {
    const rows = scroller.querySelectorAll(".log .row");
    const first = rows[0]?.getBoundingClientRect();
    const last = rows[rows.length - 1]?.getBoundingClientRect();
    const area = scroller.getBoundingClientRect();
    return {
      rows: rows.length,
      overflow: scroller.scrollHeight - scroller.clientHeight,
      fromBottom: scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight,
      firstScrolledAway: !!first && first.bottom <= area.top,
      newestInView: !!last && last.top >= area.top - 1 && last.bottom <= area.bottom + 1,
    };
  });

describe.skipIf(!E2E_ENABLED)(`Widget transcript scrolling (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = widgetSuite();

  const openLongDialogue = async (
    name: string,
    responseDelaySeconds: number,
    onTestFailed: Parameters<typeof newVisitor>[1],
  ) => {
    const imagePath = `/office-${name}.svg`;
    // The picture arrives well after its message is shown and scrolled to.
    suite.pages.asset(imagePath, "image/svg+xml", PICTURE_SVG, 600);
    const site = await suite.admin.createSite({ branding: { responseDelaySeconds } });
    await suite.admin.publish(site.id, longStream(`${suite.pages.url}${imagePath}`));
    suite.pages.page(`/${name}`, () => testPageHtml(suite.server.baseUrl, site.siteKey));
    // A short laptop window: the chat window is 400 px tall, its transcript area much less.
    const { page } = await newVisitor(suite, onTestFailed, `widget-scroll-${name}`, {
      viewport: { width: 1024, height: 520 },
    });
    await page.goto(`${suite.pages.url}/${name}`);
    await widget(page).locator(".poke").waitFor();
    await launcher(page).click();
    const dialog = chatWindow(page);
    await dialog.getByRole("button", { name: "Go on" }).waitFor();
    return { page, dialog };
  };

  test(
    "a long transcript in a short window keeps the newest message in view as messages arrive, images included",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const { dialog } = await openLongDialogue("follow", 0.3, onTestFailed);
      const opened = await scrollState(dialog);
      expect(opened.overflow).toBeGreaterThan(200);
      expect(opened).toMatchObject({ firstScrolledAway: true, newestInView: true });
      expect(opened.fromBottom).toBeLessThanOrEqual(1);

      await dialog.getByRole("button", { name: "Go on" }).click();
      await dialog.getByRole("button", { name: "No, thanks" }).waitFor();
      const image = dialog.getByRole("img", { name: "Our office" });
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalHeight)).toBe(300);
      // After the picture arrived and took its place, the question after it is still in view.
      await expect.poll(() => scrollState(dialog)).toMatchObject({ newestInView: true });
      expect((await scrollState(dialog)).fromBottom).toBeLessThanOrEqual(1);

      await dialog.getByRole("button", { name: "No, thanks" }).click();
      await dialog.getByText("This conversation has ended.").waitFor();
      const ended = await scrollState(dialog);
      expect(ended).toMatchObject({ rows: 13, newestInView: true });
      expect(ended.fromBottom).toBeLessThanOrEqual(1);
      expect(await dialog.locator(".log .row").last().innerText()).toContain("Goodbye");
    },
  );

  test(
    "a visitor who scrolled up to re-read is not pulled down; the latest-message button takes them there",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const { dialog } = await openLongDialogue("reread", 1, onTestFailed);
      const jump = dialog.getByRole("button", { name: "Go to the latest message" });
      expect(await jump.isVisible()).toBe(false);

      await dialog.getByRole("button", { name: "Go on" }).click();
      // While the bot is still typing its next part, the visitor scrolls back to the start.
      await dialog.locator(".sc").evaluate((scroller) => scroller.scrollTo({ top: 0 }));
      await dialog.getByRole("button", { name: "No, thanks" }).waitFor({ state: "attached" });
      const reading = await scrollState(dialog);
      expect(reading.fromBottom).toBeGreaterThan(200);
      expect(reading.newestInView).toBe(false);
      expect(await dialog.locator(".sc").evaluate((scroller) => scroller.scrollTop)).toBe(0);
      await jump.waitFor();

      await jump.click();
      await expect.poll(() => scrollState(dialog)).toMatchObject({ newestInView: true });
      expect((await scrollState(dialog)).fromBottom).toBeLessThanOrEqual(1);
      expect(await jump.isVisible()).toBe(false);
    },
  );
});
