import type { BrowserContext, Frame, Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { saveScreenshot } from "./support/launchBrowser";
import { openContext, peopleSuite } from "./support/peopleSuite";
import { signIn } from "./support/signIn";
import { chatWindow, launcher, widget } from "./support/widgetPage";
import { ADMIN } from "./support/widgetServer";

/** Markup a marketer might paste: if any of it were parsed as HTML, `window.xssRan` (no underscores: light formatting would read `__` as bold) would be set. */
const IMG = `<img src=x onerror="window.xssRan=1;alert(1)">`;
const SHORT_IMG = "<img src=x onerror=alert(1)>";
const LINK = "[our docs](javascript:window.xssRan=2)";
const PAYLOAD = `Hello ${IMG} ${LINK} <script>window.xssRan=3</script>`;
const NAME = `Offer ${SHORT_IMG}`;

/** A stream whose every visible text is markup: a message, a question, an answer-library card. */
const stream = {
  schemaVersion: 1,
  startCardId: "hello",
  cards: [
    { id: "hello", name: NAME, type: "message", text: PAYLOAD, next: "ask", position: { x: 0, y: 0 } },
    {
      id: "ask",
      type: "question",
      text: `Pick ${SHORT_IMG}`,
      answers: [{ id: "a1", label: `Yes ${SHORT_IMG}`, value: "yes", next: "library" }],
      next: null,
      position: { x: 320, y: 0 },
    },
    {
      id: "library",
      type: "answer",
      text: "Ask about shipping",
      maxQuestions: 1,
      matched: null,
      noMatch: null,
      position: { x: 640, y: 0 },
    },
  ],
};

describe.skipIf(!E2E_ENABLED)(`Nothing a marketer types runs as script (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = peopleSuite();

  test(
    "card texts, names, segment names, branding and answers containing markup show as text in the designer, the test chat, the preview and the widget; no script runs",
    { timeout: 150_000 },
    async ({ onTestFailed }) => {
      const { admin, site, server } = suite;
      const base = `/api/sites/${site.id}`;
      await admin.request("PATCH", base, {
        branding: { botName: SHORT_IMG, headerText: `Chat ${SHORT_IMG}` },
      });
      await admin.request("POST", `${base}/answers`, {
        question: "How long does shipping take?",
        answer: `Three days ${IMG} ${LINK}`,
      });
      await admin.request("POST", `${base}/segments`, {
        name: `Segment ${SHORT_IMG}`,
        conditions: {
          match: "all",
          conditions: [
            { type: "attribute", attribute: "person.email", operator: "contains", value: SHORT_IMG },
          ],
        },
      });
      const id = await admin.publish(site.id, stream, { name: NAME, priority: 1000 });

      const { context, newPage } = await openContext(suite, onTestFailed, "xss");
      // Any dialog (alert) or the flag in any page or frame means script ran.
      const dialogs: string[] = [];
      const watch = (watched: BrowserContext) =>
        watched.on("page", (p) =>
          p.on("dialog", (d) => void d.dismiss().then(() => dialogs.push(d.message()))),
        );
      watch(context);
      const ran = async (page: Page) => {
        const flags = await Promise.all(
          page.frames().map((f: Frame) => f.evaluate(() => (window as { xssRan?: number }).xssRan ?? null)),
        );
        return flags.filter((flag) => flag !== null);
      };
      /** No element made of what was typed: no <img src=x>, no <script> with the payload, no javascript: link. */
      const injected = (scope: Locator) =>
        scope.evaluate((root) => {
          const all = [root, ...Array.from(root.querySelectorAll("*"))];
          const shadows = all.flatMap((el) =>
            el.shadowRoot ? Array.from(el.shadowRoot.querySelectorAll("*")) : [],
          );
          return [...all, ...shadows]
            .filter(
              (el) =>
                (el.tagName === "IMG" && el.getAttribute("src") === "x") ||
                (el.tagName === "SCRIPT" && (el.textContent ?? "").includes("xssRan")) ||
                (el.tagName === "A" && /^\s*javascript:/i.test(el.getAttribute("href") ?? "")),
            )
            .map((el) => el.outerHTML);
        });

      const page = await newPage();
      await signIn(page, server.baseUrl, suite.marketer.email, suite.marketer.password);
      const body = page.locator("body");

      // The Dialogues list: the name as text.
      await page.goto(`${server.baseUrl}/app/dialogues`);
      await page.getByText(NAME).first().waitFor();
      expect(await injected(body)).toEqual([]);

      // The designer: the card's name and text as text, on the canvas and in the side panel.
      await page.goto(`${server.baseUrl}/app/dialogues/${id}/design`);
      const hello = page.locator(".react-flow__node").filter({ hasText: "Hello" }).first();
      await hello.waitFor();
      expect(await hello.innerText()).toContain(IMG);
      expect(await hello.innerText()).toContain(SHORT_IMG);
      await hello.locator(".card-node-head").click();
      const panel = page.getByRole("complementary", { name: "Card settings" });
      expect(await panel.getByLabel("Text", { exact: true }).inputValue()).toBe(PAYLOAD);
      expect(await injected(body)).toEqual([]);

      // The test chat: the same texts, as text; the answer library's answer too.
      await page.getByRole("button", { name: "Test chat" }).click();
      const log = page.getByRole("log", { name: "Test conversation" });
      await expect.poll(() => log.innerText()).toContain(IMG);
      await page
        .getByRole("complementary", { name: "Test chat" })
        .getByRole("button", { name: `Yes ${SHORT_IMG}` })
        .click();
      await log.getByText("Ask about shipping").waitFor();
      const ask = page.getByRole("complementary", { name: "Test chat" }).getByRole("textbox").last();
      await ask.fill("How long does shipping take?");
      await ask.press("Enter");
      await expect.poll(() => log.innerText()).toContain("Three days");
      expect(await log.innerText()).toContain(IMG);
      expect(await injected(body)).toEqual([]);
      await saveScreenshot(page, "xss-designer-test-chat");

      // Targeting and segments: the segment's name as text.
      await page.goto(`${server.baseUrl}/app/dialogues/segments`);
      await page.getByText(`Segment ${SHORT_IMG}`).first().waitFor();
      expect(await injected(body)).toEqual([]);

      // The answer library and the site settings with the real widget in the preview.
      await page.goto(`${server.baseUrl}/app/settings/answers`);
      await page
        .getByText(/Three days/)
        .first()
        .waitFor();
      expect(
        await page
          .getByText(/Three days/)
          .first()
          .innerText(),
      ).toContain(IMG);
      expect(await injected(body)).toEqual([]);

      // Site settings are an admin's: the admin, in a browser context of their own, opens the preview.
      const adminContext = await openContext(suite, onTestFailed, "xss-admin");
      watch(adminContext.context);
      const adminPage = await adminContext.newPage();
      await signIn(adminPage, server.baseUrl, ADMIN.email, ADMIN.password);
      await adminPage.goto(`${server.baseUrl}/app/settings/sites/${site.id}`);
      const preview = adminPage.frameLocator('iframe[title="Widget preview"]');
      const header = preview.locator("parley-widget .hd");
      await expect.poll(() => header.innerText(), { timeout: 15_000 }).toContain(`Chat ${SHORT_IMG}`);
      expect(await injected(preview.locator("body"))).toEqual([]);
      expect(await injected(adminPage.locator("body"))).toEqual([]);
      await saveScreenshot(adminPage, "xss-site-preview");

      // A visitor on /demo: the widget shows the same markup as text, and nothing runs.
      const visitor = await newPage();
      await visitor.goto(`${server.baseUrl}/demo`);
      await widget(visitor).locator(".poke").waitFor();
      await launcher(visitor).click();
      const chat = chatWindow(visitor);
      await chat.getByText(IMG, { exact: false }).first().waitFor();
      expect(await chat.innerText()).toContain(`Chat ${SHORT_IMG}`);
      await chat.getByRole("button", { name: `Yes ${SHORT_IMG}` }).click();
      const input = chat.getByLabel("Your answer").filter({ visible: true });
      await expect.poll(() => input.isEnabled(), { timeout: 10_000 }).toBe(true);
      await input.fill("How long does shipping take?");
      await input.press("Enter");
      await expect.poll(() => chat.innerText()).toContain("Three days");
      expect(await injected(visitor.locator("body"))).toEqual([]);
      await saveScreenshot(visitor, "xss-widget");

      expect(dialogs).toEqual([]);
      for (const p of [...context.pages(), adminPage]) expect(await ran(p)).toEqual([]);
    },
  );
});
