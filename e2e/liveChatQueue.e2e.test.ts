import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import {
  type Agent,
  agentComposer,
  agentInInbox,
  availability,
  createAgent,
  inboxLog,
  liveCard,
  liveChatSuite,
  offerBanner,
  openPage,
  screenshotOnFailure,
  visitorAsksForChat,
  visitorComposer,
} from "./support/liveChatSuite";
import { signIn } from "./support/signIn";
import { tick } from "./support/tick";
import type { WidgetServer } from "./support/widgetServer";

const SECOND = "bob@builders.test";
const THIRD = "cy@cyclists.test";

/** The admin changes the selected site's live chat settings on Settings › Live chat, as a user does. */
async function saveLiveChatSettings(page: Page, baseUrl: string, change: (form: Locator) => Promise<void>) {
  await page.goto(`${baseUrl}/app/settings/live-chat`);
  const form = page.getByRole("form", { name: "Live chat settings" });
  await form.waitFor();
  await change(form);
  await form.getByRole("button", { name: "Save settings" }).click();
  await form.getByText("Live chat settings saved.").waitFor();
}

/** Time passes: the server's clock moves `ms` forward and these pages' clocks follow it (countdowns, times). */
async function timePasses(server: WidgetServer, ms: number, pages: Page[]): Promise<string> {
  const now = await server.advanceClock(ms);
  for (const page of pages) await page.clock.setFixedTime(new Date(now));
  return now;
}

describe.skipIf(!E2E_ENABLED)(`Live chat queue and inactivity (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = liveChatSuite();
  // One story: test 2 ends, by inactivity, the chat of the visitor test 1 leaves in the queue.
  const story = {} as { ann: Agent; annPage: Page; adminPage: Page; third: Locator; at: string };

  test(
    "with the queue on and an agent at their limit, queued visitors see their place fall; ending a chat offers the next one at once",
    { timeout: 150_000 },
    async ({ onTestFailed }) => {
      const { server } = suite;
      const adminPage = await openPage(suite, onTestFailed, "queue-admin");
      story.adminPage = adminPage;
      await signIn(adminPage, server.baseUrl, "admin@example.com", "correct-horse-1");
      await saveLiveChatSettings(adminPage, server.baseUrl, async (form) => {
        await tick(form.getByRole("switch", { name: "Queue chats nobody accepted" }));
        await form.getByLabel("Default concurrent chats").fill("1");
      });
      const saved = await suite.admin.request<{ queueEnabled: boolean; defaultConcurrency: number }>(
        "GET",
        `/api/sites/${suite.site.id}/livechat/settings`,
      );
      expect(saved).toMatchObject({ queueEnabled: true, defaultConcurrency: 1 });

      story.ann = await createAgent(suite, "Ann Archer", "ann@example.com");
      const annPage = await openPage(suite, onTestFailed, "queue-ann");
      story.annPage = annPage;
      await agentInInbox(suite, annPage, story.ann);
      await availability(annPage).getByText("0 of 1 chats").waitFor();

      // The first visitor is taken: the agent is at their limit.
      const first = await visitorAsksForChat(
        suite,
        await openPage(suite, onTestFailed, "queue-visitor-1"),
        "ada@analytical.test",
      );
      await offerBanner(annPage, "New chat: ada@analytical.test")
        .getByRole("button", { name: "Accept" })
        .click();
      await liveCard(first).getByText("You're chatting with Ann Archer").waitFor();
      await availability(annPage).getByText("1 of 1 chats").waitFor();

      // Nobody can take the next two: they wait in line, in the order they came.
      const second = await visitorAsksForChat(
        suite,
        await openPage(suite, onTestFailed, "queue-visitor-2"),
        SECOND,
      );
      await liveCard(second).getByText("You're number 1 in line").waitFor();
      // The next visitor comes a second later (on a clock that stands still, "first" needs time to pass).
      story.at = await timePasses(server, 1000, [annPage]);
      const third = await visitorAsksForChat(
        suite,
        await openPage(suite, onTestFailed, "queue-visitor-3"),
        THIRD,
      );
      story.third = third;
      await liveCard(third).getByText("You're number 2 in line").waitFor();
      // Before there is any history the wait is estimated at a minute per place.
      expect(await liveCard(third).innerText()).toContain("Estimated wait: about 2 min");
      await annPage.getByRole("tab", { name: "Queue" }).click();
      await annPage.getByText("#2 in the queue").waitFor();

      // The agent ends the first chat: the first in line is offered to them at once and taken.
      await annPage.getByRole("tab", { name: "My chats" }).click();
      await annPage.getByRole("link", { name: /ada@analytical\.test/ }).click();
      await annPage.getByRole("button", { name: "End chat" }).click();
      await annPage.getByRole("alertdialog").getByRole("button", { name: "End chat" }).click();
      await first.getByText("Ann Archer ended the chat.").waitFor();
      await liveCard(first).getByText("The chat has ended. Write again to start a new one.").waitFor();
      const next = offerBanner(annPage, `New chat: ${SECOND}`);
      await next.getByRole("button", { name: "Accept" }).click();
      await liveCard(second).getByText("You're chatting with Ann Archer").waitFor();
      await liveCard(third).getByText("You're number 1 in line").waitFor();
      await annPage.getByRole("heading", { name: SECOND, level: 2 }).waitFor();
    },
  );

  test(
    "a chat nobody writes in for the site's inactivity time ends by itself, and both sides are told why",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const { server } = suite;
      const { ann, annPage, adminPage, third } = story;
      if (!third) throw new Error("the first test queues the visitor whose chat this one ends");
      screenshotOnFailure(onTestFailed, "inactivity-ann", annPage);
      screenshotOnFailure(onTestFailed, "inactivity-visitor", third.page());
      await saveLiveChatSettings(adminPage, server.baseUrl, async (form) => {
        await form.getByLabel("End idle chats after (minutes)").fill("1");
      });

      // The agent ends the chat they have; the visitor waiting is theirs next.
      await annPage.getByRole("button", { name: "End chat" }).click();
      await annPage.getByRole("alertdialog").getByRole("button", { name: "End chat" }).click();
      await offerBanner(annPage, `New chat: ${THIRD}`).getByRole("button", { name: "Accept" }).click();
      await liveCard(third).getByText(`You're chatting with ${ann.name}`).waitFor();
      await visitorComposer(third).fill("Are you there?");
      await visitorComposer(third).press("Enter");
      await inboxLog(annPage).getByText("Are you there?").waitFor();
      await agentComposer(annPage).fill("Yes, one moment please.");
      await agentComposer(annPage).press("Enter");
      await third.getByText("Yes, one moment please.").waitFor();

      // A minute and a second pass without a word, on the server's clock and the browsers'.
      const later = await timePasses(server, 61_000, [annPage, third.page()]);
      expect(Date.parse(later) - Date.parse(story.at)).toBe(61_000);

      await third.getByText("The chat ended after a period of inactivity.").waitFor();
      await liveCard(third).getByText("The chat has ended. Write again to start a new one.").waitFor();
      const ended = inboxLog(annPage)
        .locator("li")
        .filter({ hasText: "The chat ended: nobody wrote for a while" });
      await ended.waitFor();
      expect(await ended.locator("time").innerText()).toBe("Mar 2, 2026, 10:01 AM");
      await annPage.getByRole("button", { name: "End chat" }).waitFor({ state: "detached" });
    },
  );
});
