import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { chatWindow, launcher, transcript, widget } from "./support/widgetPage";
import { newVisitor, widgetSuite } from "./support/widgetSuite";

describe.skipIf(!E2E_ENABLED)(`Widget on a 375 px wide phone (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = widgetSuite();

  test(
    "no poke on mobile (site setting), a badge instead; the chat fills the screen; the dialogue runs",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const { page } = await newVisitor(suite, onTestFailed, "widget-mobile", {
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      await page.goto(`${suite.server.baseUrl}/demo`);
      const badge = widget(page).locator(".badge");
      await badge.waitFor();
      expect(await badge.innerText()).toBe("1");
      expect(await widget(page).locator(".poke").isVisible()).toBe(false);
      // Nothing opens by itself on a phone.
      expect(await chatWindow(page).isVisible()).toBe(false);

      await launcher(page).tap();
      const dialog = chatWindow(page);
      await dialog.waitFor();
      const box = async () => {
        const b = await dialog.boundingBox();
        return b && [b.x, b.y, b.width, b.height].map(Math.round);
      };
      // (After its short entrance animation.)
      await expect.poll(box).toEqual([0, 0, 375, 740]);
      expect(await launcher(page).isVisible()).toBe(false);

      const answer = dialog.getByRole("button", { name: "Just looking" });
      expect((await answer.boundingBox())?.height).toBeGreaterThanOrEqual(40);
      await answer.tap();
      const input = dialog.getByLabel("Your answer").filter({ visible: true });
      await expect.poll(() => input.isEnabled(), { timeout: 10_000 }).toBe(true);
      expect(await input.evaluate((el) => getComputedStyle(el).fontSize)).toBe("16px");
      await input.fill(`m.${Date.now()}@example.com`);
      await dialog.getByRole("button", { name: "Send" }).tap();
      await dialog.getByText("Thank you!", { exact: false }).waitFor();
      expect((await transcript(dialog)).length).toBe(5);

      await dialog.getByRole("button", { name: "Close chat" }).tap();
      await dialog.waitFor({ state: "hidden" });
      expect(await launcher(page).isVisible()).toBe(true);
    },
  );
});
