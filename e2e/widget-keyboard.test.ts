import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { chatWindow, transcript, widget } from "./support/widgetPage";
import { newVisitor, widgetSuite } from "./support/widgetSuite";

/** What has focus: a page element's tag, or `widget:<selector-ish>` inside the widget's shadow root. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (active?.tagName !== "PARLEY-WIDGET") return active?.tagName.toLowerCase() ?? "none";
    const inner = active.shadowRoot?.activeElement as HTMLElement | null;
    if (!inner) return "widget:none";
    const inDialog = inner.closest("[role=dialog]") ? "dialog " : "";
    return `widget:${inDialog}${inner.tagName.toLowerCase()}.${inner.className} ${inner.getAttribute("aria-label") ?? inner.textContent ?? ""}`.trim();
  });

describe.skipIf(!E2E_ENABLED)(`Widget with the keyboard only (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = widgetSuite();

  test(
    "open, answer every step, close: focus is trapped in the window and comes back to the launcher",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const { page } = await newVisitor(suite, onTestFailed, "widget-keyboard");
      await page.goto(`${suite.server.baseUrl}/demo`);
      await widget(page).locator(".poke").waitFor();

      // Tab through the page until the launcher.
      let where = "";
      for (let i = 0; i < 80 && !where.startsWith("widget:button.l"); i++) {
        await page.keyboard.press("Tab");
        where = await focused(page);
      }
      expect(where).toMatch(/^widget:button\.l.* Open chat, 1 unread message$/);
      await page.keyboard.press("Enter");
      const dialog = chatWindow(page);
      await dialog.waitFor();
      expect(await focused(page)).toBe("widget:dialog button.qr See a demo");

      // Tab and Shift+Tab stay inside the open window.
      const seen = new Set<string>();
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press("Tab");
        seen.add(await focused(page));
      }
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press("Shift+Tab");
        seen.add(await focused(page));
      }
      for (const place of seen) expect(place).toMatch(/^widget:dialog /);
      expect([...seen].some((place) => place.includes("Close chat"))).toBe(true);

      // Answer with the keyboard: move to the button, press Enter; focus follows to the next prompt.
      while (!(await focused(page)).includes("Just looking")) await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await expect.poll(() => focused(page), { timeout: 10_000 }).toMatch(/^widget:dialog input\.in/);
      await page.keyboard.type(`kb.${Date.now()}@example.com`);
      await page.keyboard.press("Enter");
      await dialog.getByText("Thank you!", { exact: false }).waitFor();
      expect((await transcript(dialog)).filter((row) => row.startsWith("You:"))).toHaveLength(2);

      // Escape closes; focus returns to the launcher.
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
      expect(await focused(page)).toMatch(/^widget:button\.l.* Open chat$/);
    },
  );

  test(
    "the transcript is a log (a live region) and the window a labelled dialog",
    { timeout: 60_000 },
    async ({ onTestFailed }) => {
      const { page } = await newVisitor(suite, onTestFailed, "widget-aria");
      await page.goto(`${suite.server.baseUrl}/demo`);
      await widget(page).locator(".poke").waitFor();
      await page.evaluate(() => window.Parley?.open());
      const dialog = chatWindow(page);
      await dialog.waitFor();
      expect(await dialog.getAttribute("aria-modal")).toBe("true");
      expect(await dialog.getAttribute("aria-labelledby")).toBeTruthy();
      const log = dialog.getByRole("log", { name: "Conversation" });
      expect(await log.count()).toBe(1);
      expect(await log.innerText()).toContain("What brings you here today?");
      expect(await widget(page).locator("button.l").getAttribute("aria-expanded")).toBe("true");
    },
  );

  test(
    "motion is off for visitors who ask for reduced motion",
    { timeout: 60_000 },
    async ({ onTestFailed }) => {
      const { page } = await newVisitor(suite, onTestFailed, "widget-reduced-motion", {
        reducedMotion: "reduce",
      });
      await page.goto(`${suite.server.baseUrl}/demo`);
      await widget(page).locator(".poke").waitFor();
      expect(
        await widget(page)
          .locator(".poke")
          .evaluate((el) => getComputedStyle(el).animationName),
      ).toBe("none");
      await page.evaluate(() => window.Parley?.open());
      await chatWindow(page).waitFor();
      expect(await chatWindow(page).evaluate((el) => getComputedStyle(el).animationName)).toBe("none");
    },
  );
});
