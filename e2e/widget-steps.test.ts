import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { chatWindow, launcher, recordedEvents, testPageHtml, transcript, widget } from "./support/widgetPage";
import { newVisitor, widgetSuite } from "./support/widgetSuite";

const stream = {
  schemaVersion: 1,
  startCardId: "hello",
  cards: [
    { id: "hello", type: "message", text: "Hello!", next: "name" },
    {
      id: "name",
      type: "capture",
      text: "What's your name?",
      kind: "text",
      field: "person.firstName",
      next: "thanks",
    },
    { id: "thanks", type: "message", text: "Nice to meet you, {{person.firstName}}.", next: "org" },
    { id: "org", type: "capture", text: "Which company?", kind: "text", field: "company.name", next: "bye" },
    { id: "bye", type: "message", text: "Thanks, that's all." },
  ],
};

describe.skipIf(!E2E_ENABLED)(
  `Widget: bot steps end when the server says so (browser)${E2E_SKIP_NOTE}`,
  () => {
    const suite = widgetSuite();

    test(
      "the visitor sees the bot type, reads its reply and answers as soon as the step is finished",
      { timeout: 90_000 },
      async ({ onTestFailed }) => {
        // A response delay: every bot message comes after "typing", so a step lasts a while.
        const site = await suite.admin.createSite({ branding: { responseDelaySeconds: 1 } });
        await suite.admin.publish(site.id, stream, { name: "Steps" });
        suite.pages.page("/steps", () => testPageHtml(suite.server.baseUrl, site.siteKey));
        const { page } = await newVisitor(suite, onTestFailed, "widget-steps");
        await page.goto(`${suite.pages.url}/steps`);
        await widget(page).locator(".poke").waitFor();
        await launcher(page).click();
        const dialog = chatWindow(page);
        const input = dialog.getByLabel("Your answer").filter({ visible: true });
        const typing = dialog.locator(".ty");
        const answerWhenOpen = async (prompt: string, answer: string) => {
          await dialog.getByText(prompt).waitFor();
          // The step is finished: the dots are gone and the input takes the answer.
          await expect.poll(() => input.isEnabled(), { timeout: 10_000 }).toBe(true);
          expect(await typing.isHidden()).toBe(true);
          await input.fill(answer);
          await input.press("Enter");
        };

        await answerWhenOpen("What's your name?", "Ada");
        // The bot's next step: typing first, and no answer is taken until its prompt is there.
        await expect.poll(() => typing.isVisible(), { timeout: 10_000 }).toBe(true);
        expect(await input.isDisabled()).toBe(true);
        await answerWhenOpen("Which company?", "Acme");

        await dialog.getByText("This conversation has ended.").waitFor();
        expect(await typing.isHidden()).toBe(true);
        expect(await transcript(dialog)).toEqual([
          "Parley: Hello!",
          "Parley: What's your name?",
          "You: Ada",
          "Parley: Nice to meet you, Ada.",
          "Parley: Which company?",
          "You: Acme",
          "Parley: Thanks, that's all.",
        ]);
        const names = (await recordedEvents(page)).map((e) => e.name);
        expect(names.filter((n) => n === "conversation.completed")).toHaveLength(1);
        expect(await dialog.locator(".pend .row").count()).toBe(0);
      },
    );
  },
);
