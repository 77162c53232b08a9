import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { chatWindow, launcher, recordedEvents, testPageHtml, transcript, widget } from "./support/widgetPage";
import { everyCardStream } from "./support/widgetStreams";
import { newVisitor, widgetSuite } from "./support/widgetSuite";

describe.skipIf(!E2E_ENABLED)(`Widget: every card as the visitor meets it (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = widgetSuite();

  test(
    "message, question, captures, picklist, consent, content, answer library, meeting booking with nobody free, live chat with nobody online",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const site = await suite.admin.createSite({ privacyUrl: "https://example.com/site-privacy" });
      await suite.admin.request("POST", `/api/sites/${site.id}/answers`, {
        question: "How long does shipping take?",
        answer: "Shipping takes **3 days** in Europe.",
      });
      await suite.admin.publish(site.id, everyCardStream, { name: "Every card" });
      // The only possible host (the admin) has no hours: the meeting card finds no free time.
      await suite.admin.request("PUT", "/api/agents/me/meeting-availability", { schedule: { blocks: [] } });
      suite.pages.page("/cards", () => testPageHtml(suite.server.baseUrl, site.siteKey));
      const { page } = await newVisitor(suite, onTestFailed, "widget-cards");
      await page.goto(`${suite.pages.url}/cards`);
      await widget(page).locator(".poke").waitFor();
      // The poke previews the first message.
      expect(await widget(page).locator(".poke").innerText()).toContain("Welcome to Acme!");
      await launcher(page).click();
      const dialog = chatWindow(page);
      const input = dialog.getByLabel("Your answer").filter({ visible: true });
      const send = async (text: string) => {
        await expect.poll(() => input.isEnabled(), { timeout: 10_000 }).toBe(true);
        await input.fill(text);
        await input.press("Enter");
      };

      // Message: light formatting as DOM, links safe, nothing a marketer writes runs.
      const hello = dialog.locator(".log .row").first();
      await hello.waitFor();
      expect(await hello.locator("strong").innerText()).toBe("Acme");
      const guide = hello.getByRole("link", { name: "guide" });
      expect(await guide.getAttribute("href")).toBe("https://example.com/guide");
      expect(await guide.getAttribute("rel")).toBe("noopener noreferrer");
      expect(await guide.getAttribute("target")).toBe("_blank");
      expect(await hello.innerText()).toContain(
        'Not markup: <img src=x onerror="window.__xss=1"> <b>bold?</b>',
      );
      expect(await hello.locator("img, b").count()).toBe(0);
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

      // Question: buttons show labels, store values; the input is off while only buttons answer.
      expect(await input.isDisabled()).toBe(true);
      await dialog.getByRole("button", { name: "Search Engine Optimization" }).click();

      // Phone capture: validated, the error in the visitor's language.
      await dialog.getByText("Your phone number?").waitFor();
      expect(await input.getAttribute("type")).toBe("tel");
      await send("12");
      await dialog.getByRole("alert").getByText("Please enter a valid phone number.").waitFor();
      await send("+33 1 23 45 67 89");

      // Number capture: the server refuses what is out of range, the widget translates its code.
      await dialog.getByText("How many people work at your company?").waitFor();
      expect(await input.getAttribute("inputmode")).toBe("decimal");
      await send("1000000");
      await dialog.getByText("That number is too large.").waitFor();
      await send("250");

      // Picklist: its options as buttons.
      await dialog.getByRole("button", { name: "Americas" }).waitFor();
      await dialog.getByRole("button", { name: "Europe" }).click();

      // Consent: the card's privacy link, accept/decline.
      const privacy = dialog.getByRole("link", { name: "Privacy policy" });
      await privacy.waitFor();
      expect(await privacy.getAttribute("href")).toBe("https://example.com/privacy");
      await dialog.getByRole("button", { name: "No, thanks" }).waitFor();
      await dialog.getByRole("button", { name: "I agree" }).click();

      // Content: linked through Parley, which records the open and redirects to the document.
      const content = dialog.getByRole("link", { name: /Price list 2025/ });
      await content.waitFor();
      const href = (await content.getAttribute("href")) ?? "";
      expect(href).toMatch(
        new RegExp(`^${suite.server.baseUrl}/api/widget/content/[\\w-]+/content\\?visitor=`),
      );
      const opened = await page.request.get(href, { maxRedirects: 0 });
      expect(opened.status()).toBe(302);
      expect(opened.headers().location).toBe("https://example.com/prices.pdf");

      // Answer library: free-text question, the answer, then "no more questions".
      await dialog.getByText("Any question about shipping?").waitFor();
      expect(await input.getAttribute("placeholder")).toBe("Ask a question…");
      await send("How long does shipping take?");
      await dialog.getByText("Shipping takes 3 days in Europe.").waitFor();
      await dialog.getByRole("button", { name: "No more questions" }).click();

      // Meeting booking: nobody has hours, so no free time: the standard text and
      // Continue, which takes the not-booked branch (e2e/widget-meeting.test.ts books for real).
      await dialog.getByText("Let's find a time for a call.").waitFor();
      const meeting = dialog.locator(".mtg");
      await meeting
        .getByText("There are no free times to book right now. We'll get in touch to find one.")
        .waitFor();
      expect(await meeting.getByRole("button").allInnerTexts()).toEqual(["Continue"]);
      await meeting.getByRole("button", { name: "Continue" }).click();
      await meeting.getByText("No meeting booked.").waitFor();
      // Live chat with no agent online: the fallback (the "connecting" state may already be gone by
      // then: routing finds nobody at once).
      await dialog.getByText("Nobody is available to chat right now. We'll get back to you soon.").waitFor();
      await dialog.getByText("This conversation has ended.").waitFor();

      const rows = await transcript(dialog);
      expect(rows.filter((row) => row.startsWith("You:"))).toEqual([
        "You: Search Engine Optimization",
        "You: +33 1 23 45 67 89",
        "You: 1000000",
        "You: 250",
        "You: Europe",
        "You: I agree",
        "You: How long does shipping take?",
        "You: No more questions",
      ]);
      const events = (await recordedEvents(page)).map((e) => e.name);
      expect(events).toEqual([
        "conversation.triggered",
        "conversation.engaged",
        "phone.given",
        "goal.reached",
        "livechat.requested",
        "livechat.timedout",
        "conversation.completed",
      ]);
    },
  );
});
