import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import type { Site } from "./support/widgetApi";
import { chatWindow, launcher, testPageHtml, transcript, widget } from "./support/widgetPage";
import { emailStream } from "./support/widgetStreams";
import { newVisitor, widgetSuite } from "./support/widgetSuite";

/** What the server stored, seen by a page that forgets its copy: the widget resumes from seq 0. */
async function serverTranscript(page: Page, site: Site): Promise<string[]> {
  await page.evaluate((key) => {
    const stored = JSON.parse(localStorage.getItem(`parley:${key}:c:chat`) ?? "{}");
    localStorage.setItem(`parley:${key}:c:chat`, JSON.stringify({ ...stored, messages: [], seq: 0 }));
  }, site.siteKey);
  await page.reload();
  const dialog = chatWindow(page);
  await dialog.waitFor();
  // Resuming from sequence 0 brings every stored message in one frame: the first row means all of them.
  await dialog.locator(".log .row").first().waitFor();
  return transcript(dialog);
}

describe.skipIf(!E2E_ENABLED)(
  `Widget resilience: reconnects, resumes, and sends a pending answer exactly once (browser)${E2E_SKIP_NOTE}`,
  () => {
    const suite = widgetSuite();

    const openDialogue = async (page: Page, name: string) => {
      const site = await suite.admin.createSite();
      await suite.admin.publish(site.id, emailStream, { name });
      suite.pages.page(`/${name}`, () => testPageHtml(suite.server.baseUrl, site.siteKey));
      await page.goto(`${suite.pages.url}/${name}`);
      await widget(page).locator(".poke").waitFor();
      await launcher(page).click();
      await chatWindow(page).getByRole("button", { name: "Pricing" }).waitFor();
      return site;
    };

    test(
      "the server restarts while the visitor answers: a quiet 'reconnecting', then the answer is delivered once",
      { timeout: 120_000 },
      async ({ onTestFailed }) => {
        const { page } = await newVisitor(suite, onTestFailed, "widget-server-restart");
        const site = await openDialogue(page, "restart");
        const dialog = chatWindow(page);

        await suite.server.stop();
        await dialog.getByRole("status").getByText("Reconnecting…").waitFor();
        await dialog.getByRole("button", { name: "Pricing" }).click();
        const pending = dialog.locator(".pend .row");
        await pending.waitFor();
        expect(await pending.innerText()).toContain("Pricing");

        await suite.server.start();
        await dialog.getByText("Your email?").waitFor({ timeout: 60_000 });
        expect(await dialog.locator(".st").textContent()).toBe("");
        expect(await pending.count()).toBe(0);
        expect((await transcript(dialog)).filter((row) => row === "You: Pricing")).toHaveLength(1);

        expect(await serverTranscript(page, site)).toEqual([
          "Parley: What brings you here?",
          "You: Pricing",
          "Parley: Your email?",
        ]);
      },
    );

    test(
      "offline in the browser: the answer waits, then goes once when the browser is back online",
      { timeout: 90_000 },
      async ({ onTestFailed }) => {
        const { context, page } = await newVisitor(suite, onTestFailed, "widget-offline");
        const site = await openDialogue(page, "offline");
        const dialog = chatWindow(page);

        await context.setOffline(true);
        await dialog
          .getByRole("status")
          .getByText("You're offline. Your answers will be sent when you're back.")
          .waitFor();
        const input = dialog.getByLabel("Your answer").filter({ visible: true });
        await input.fill("I have a question about invoices");
        await input.press("Enter");
        await dialog.locator(".pend .row").getByText("I have a question about invoices").waitFor();

        await context.setOffline(false);
        await dialog.getByText("Your email?").waitFor({ timeout: 30_000 });
        expect(await serverTranscript(page, site)).toEqual([
          "Parley: What brings you here?",
          "You: I have a question about invoices",
          "Parley: Your email?",
        ]);
      },
    );

    test(
      "the connection drops after the server got the answer but before its ack: resent with the same id, stored once",
      { timeout: 90_000 },
      async ({ onTestFailed }) => {
        const { page } = await newVisitor(suite, onTestFailed, "widget-lost-ack");
        // Every WebSocket goes through this proxy; the first answer's ack is swallowed and the socket cut.
        const inputs: string[] = [];
        let cut = false;
        await page.routeWebSocket(/\/ws\?/, (ws) => {
          const server = ws.connectToServer();
          ws.onMessage((message) => {
            const frame = JSON.parse(String(message));
            if (frame.type === "conversation.input") inputs.push(frame.clientId);
            server.send(message);
          });
          server.onMessage((message) => {
            const frame = JSON.parse(String(message));
            if (frame.type === "ack" && !cut) {
              cut = true;
              void ws.close({ code: 1006 }).catch(() => {});
              return;
            }
            ws.send(message);
          });
        });
        const site = await openDialogue(page, "lost-ack");
        const dialog = chatWindow(page);
        await dialog.getByRole("button", { name: "Support" }).click();
        await dialog.getByText("Your email?").waitFor({ timeout: 30_000 });
        await expect.poll(() => inputs.length, { timeout: 15_000 }).toBe(2);
        expect(inputs[0]).toBe(inputs[1]);
        expect(cut).toBe(true);
        expect(await serverTranscript(page, site)).toEqual([
          "Parley: What brings you here?",
          "You: Support",
          "Parley: Your email?",
        ]);
      },
    );
  },
);
