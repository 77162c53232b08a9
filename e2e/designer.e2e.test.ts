import type { Page } from "playwright-core";
import { describe, expect, type onTestFailed, test } from "vitest";
import { DesignerDriver } from "./support/designerDriver";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { saveScreenshot } from "./support/launchBrowser";
import { openContext, peopleSuite } from "./support/peopleSuite";
import { chooseOption } from "./support/selectField";
import { signIn } from "./support/signIn";
import { chatWindow, launcher, transcript, widget } from "./support/widgetPage";

/** What the marketer writes; the visitor must meet exactly these, in this order. */
const TEXT = {
  hello: "Hello! Welcome to the designer shop.",
  question: "Are you buying for a team?",
  team: "Yes, a team",
  solo: "Just me",
  capture: "Which email should our sales team use?",
  liveChat: "Connecting you with our sales team now.",
  fallback: "Our team is away right now; we will email you.",
  after: "This should never be said.",
};
const DIALOGUE = "Team offer";
const VISITOR_EMAIL = "visitor@team.test";

type Dialogue = { id: string; name: string; status: string; priority: number };

describe.skipIf(!E2E_ENABLED)(`Stream designer, end to end (browser)${E2E_SKIP_NOTE}`, () => {
  // The demo site (its "Welcome to Parley" dialogue is on /demo), a frozen clock, a Marketing admin.
  const suite = peopleSuite();

  /** The marketer, signed in through the sign-in page, on the Dialogues list. */
  const marketerOnDialogues = async (page: Page) => {
    const nav = await signIn(page, suite.server.baseUrl, suite.marketer.email, suite.marketer.password);
    await nav.getByRole("link", { name: "Dialogues", exact: true }).click();
    await page.getByRole("heading", { name: "Dialogues", level: 1 }).waitFor();
  };

  /** A new visitor (a browser context of their own) on /demo, once the widget pokes. */
  const visitDemo = async (failed: typeof onTestFailed, name: string) => {
    const { newPage } = await openContext(suite, failed, name);
    const page = await newPage();
    await page.goto(`${suite.server.baseUrl}/demo`);
    await widget(page).locator(".poke").waitFor();
    return page;
  };

  test(
    "a marketer builds a dialogue from blank, is blocked by a card after the live chat, fixes it, publishes, and a visitor on /demo meets exactly what was written; the test chat says the same",
    { timeout: 180_000 },
    async ({ onTestFailed }) => {
      const { newPage, errors } = await openContext(suite, onTestFailed, "designer-build");
      const page = await newPage();
      await marketerOnDialogues(page);

      // From blank: the list's New dialogue, Blank, a name, straight into the designer.
      await page.getByRole("button", { name: "New dialogue" }).first().click();
      const create = page.getByRole("dialog", { name: "New dialogue" });
      await expect.poll(() => create.getByRole("radio", { name: /Blank/ }).isChecked()).toBe(true);
      await create.getByLabel("Name").fill(DIALOGUE);
      await create.getByRole("button", { name: "Create and open the designer" }).click();
      await page.waitForURL(/\/app\/dialogues\/[\w-]+\/design$/);
      const dialogueId = /dialogues\/([\w-]+)\/design/.exec(page.url())?.[1] ?? "";
      const d = new DesignerDriver(page);

      // The blank dialogue's one message card, retold in the side panel.
      await d.select(d.card("Message"));
      await d.fill("Text", TEXT.hello);

      // The palette adds a question (edited in the side panel), connected by a drag from the message.
      await d.add("Question");
      await d.fill("Question", TEXT.question);
      await d.fill("Button 1 label", TEXT.team);
      await d.fill("Button 2 label", TEXT.solo);
      const message = d.card("Message");
      const question = d.card("Question");
      await d.connect(message, "Next", question);

      // The other cards: dragged out of a card's dot onto empty canvas, chosen from the menu there.
      await d.addFrom(question, TEXT.team, "Information capture");
      await d.fill("Question", TEXT.capture);
      await d.addFrom(d.card("Information capture"), "Next", "Branch");
      // Branch 1 needs a condition: "… is not empty" on the first attribute offered.
      await d.panel.getByRole("button", { name: "Add condition" }).click();
      await chooseOption(d.panel, "Operator of condition 1", "is not empty");
      const branch = d.card("Branch");
      await d.addFrom(branch, "Branch 1", "Goal");
      const goal = d.card("Goal");
      await d.arrange();
      await d.connect(branch, "Else", goal);
      await d.addFrom(goal, "Next", "Live chat");
      await d.fill("Text", TEXT.liveChat);
      await d.fill("Fallback message", TEXT.fallback);
      const liveChat = d.card("Live chat");

      // A card placed after the live chat: the card says why, the problems list too (with the card after
      // it, which no visitor can reach), Publish is blocked.
      await d.addFrom(liveChat, "Nothing may follow a live chat", "Message");
      const after = d.card("Message", 1);
      await d.fill("Text", TEXT.after);
      const problem = liveChat.getByRole("note");
      await expect.poll(() => problem.innerText()).toContain("must be the last card of its branch");
      const problems = page.getByRole("region", { name: "Problems" });
      await expect.poll(() => problems.innerText()).toContain("must be the last card of its branch");
      const publish = page
        .getByRole("toolbar", { name: "Designer" })
        .getByRole("button", { name: /^Publish/ });
      await expect.poll(() => publish.innerText()).toBe("Publish (2 to fix)");
      expect(await publish.isDisabled()).toBe(true);
      await saveScreenshot(page, "designer-live-chat-not-last");

      // Fixed: the card after the live chat deleted (from the side panel); then publish.
      await d.select(after);
      await d.panel.getByRole("button", { name: "Delete card" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Delete card" }).click();
      await expect.poll(() => problems.innerText()).toBe("No problems: this draft can be published.");
      await expect.poll(() => publish.isEnabled()).toBe(true);
      await publish.click();
      await expect.poll(() => page.locator("#publish-answer").innerText()).toMatch(/published/i);
      await d.saved();
      const stored = await suite.admin.request<Dialogue>(
        "GET",
        `/api/sites/${suite.site.id}/dialogues/${dialogueId}`,
      );
      expect(stored.status).toBe("published");
      await saveScreenshot(page, "designer-published");

      // The test chat runs the same draft and shows the same texts.
      await page.getByRole("button", { name: "Test chat" }).click();
      const testChat = page.getByRole("complementary", { name: "Test chat" });
      const log = testChat.getByRole("log", { name: "Test conversation" });
      await log.getByText(TEXT.question).waitFor();
      await testChat.getByRole("group", { name: "Answers" }).getByRole("button", { name: TEXT.team }).click();
      await log.getByText(TEXT.capture).waitFor();
      const answer = testChat.getByRole("textbox").last();
      await answer.fill(VISITOR_EMAIL);
      await answer.press("Enter");
      await log.getByText(TEXT.liveChat).waitFor();
      const botRows = async () =>
        (await log.locator(".tc-bot .tc-bubble").allInnerTexts()).map((t) =>
          t.replace(/^Bot:\s*/, "").trim(),
        );
      await expect
        .poll(botRows)
        .toEqual(expect.arrayContaining([TEXT.hello, TEXT.question, TEXT.capture, TEXT.liveChat]));
      const testTexts = (await botRows()).filter((t) => Object.values(TEXT).includes(t));
      expect(testTexts.slice(0, 4)).toEqual([TEXT.hello, TEXT.question, TEXT.capture, TEXT.liveChat]);
      expect(await log.getByText(TEXT.after).count()).toBe(0);
      await saveScreenshot(page, "designer-test-chat");

      // Priority: the new dialogue is dragged above the demo's own in the list.
      await page.getByRole("link", { name: "Dialogues", exact: true }).first().click();
      await moveToTop(page, DIALOGUE);
      await expect.poll(() => savedOrder()).toEqual([DIALOGUE, "Welcome to Parley"]);

      // A visitor on /demo meets exactly the texts written, in order.
      const visitor = await visitDemo(onTestFailed, "designer-visitor");
      expect(await widget(visitor).locator(".poke").innerText()).toContain(TEXT.hello);
      await launcher(visitor).click();
      const chat = chatWindow(visitor);
      await chat.getByRole("button", { name: TEXT.team }).click();
      const input = chat.getByLabel("Your answer").filter({ visible: true });
      await chat.getByText(TEXT.capture).waitFor();
      await expect.poll(() => input.isEnabled()).toBe(true);
      await input.fill(VISITOR_EMAIL);
      await input.press("Enter");
      await chat.getByText(TEXT.fallback).waitFor();
      await chat.getByText("This conversation has ended.").waitFor();
      const rows = await transcript(chat);
      await saveScreenshot(visitor, "designer-visitor");
      expect(rows.filter((row) => !/ended\.$/.test(row))).toEqual([
        `Parley: ${TEXT.hello}`,
        `Parley: ${TEXT.question}`,
        `You: ${TEXT.team}`,
        `Parley: ${TEXT.capture}`,
        `You: ${VISITOR_EMAIL}`,
        `Parley: ${TEXT.liveChat}`,
        `Parley: ${TEXT.fallback}`,
      ]);
      expect(rows.join("\n")).not.toContain(TEXT.after);

      // Keyboard: the handle picks the row up, arrows choose the place, Enter drops it below the demo's.
      const handle = page.getByRole("button", { name: `Drag to reorder ${DIALOGUE}` });
      await handle.focus();
      await page.keyboard.press("Enter");
      const dropTarget = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
      await expect.poll(dropTarget).toMatch(/^Insert/);
      for (let i = 0; i < 5 && (await dropTarget()) !== "Insert after Welcome to Parley"; i++)
        await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await expect.poll(() => savedOrder()).toEqual(["Welcome to Parley", DIALOGUE]);
      // Now a new visitor gets the demo's dialogue again.
      const next = await visitDemo(onTestFailed, "designer-visitor-after-reorder");
      await expect
        .poll(() => widget(next).locator(".poke").innerText())
        .toContain("What brings you here today?");
      expect(await widget(next).locator(".poke").innerText()).not.toContain(TEXT.hello);
      expect(errors).toEqual([]);
    },
  );

  /** The site's dialogues as the server orders them (priority, highest first). */
  const savedOrder = async () =>
    (await suite.admin.request<Dialogue[]>("GET", `/api/sites/${suite.site.id}/dialogues?kind=dialogue`)).map(
      (d) => d.name,
    );

  /** Drags a row of the Dialogues list onto the top edge of the first row. */
  async function moveToTop(page: Page, name: string) {
    const rows = page.getByRole("row");
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    const row = rows.filter({ hasText: name });
    await row.dragTo(rows.nth(0), { targetPosition: { x: 200, y: 3 } });
  }
});
