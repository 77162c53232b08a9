import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import {
  type Agent,
  agentComposer,
  agentInInbox,
  availability,
  agentTypingDots,
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
import { tick } from "./support/tick";
import { transcript } from "./support/widgetPage";

const VISITOR = "ada@analytical.test";

describe.skipIf(!E2E_ENABLED)(`Live chat between a visitor and agents (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = liveChatSuite();
  // The tests of this file are one story: the chat test 1 opens is transferred in test 2.
  const story = {} as { ann: Agent; ben: Agent; annPage: Page; visitor: Locator };

  test(
    "a visitor on /demo reaches the Live chat card, an available agent accepts the offer, and they chat both ways with typing shown",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      story.ann = await createAgent(suite, "Ann Archer", "ann@example.com");
      story.ben = await createAgent(suite, "Ben Baker", "ben@example.com");
      const annPage = await openPage(suite, onTestFailed, "livechat-ann");
      story.annPage = annPage;
      await agentInInbox(suite, annPage, story.ann);

      const visitorPage = await openPage(suite, onTestFailed, "livechat-visitor");
      const visitor = await visitorAsksForChat(suite, visitorPage, VISITOR);
      story.visitor = visitor;
      await visitor.getByText("Let me get a colleague.").waitFor();

      // The offer: who, from which dialogue and page, the time left on the server's clock (100 s).
      const banner = offerBanner(annPage, `New chat: ${VISITOR}`);
      await banner.waitFor();
      await liveCard(visitor).getByText("Connecting you with someone from our team…").waitFor();
      expect(await banner.locator(".offer-meta").innerText()).toBe(
        `Talk to sales · ${suite.server.baseUrl}/demo`,
      );
      expect(await banner.locator("time").innerText()).toBe("1:40");
      await banner.getByRole("button", { name: "Accept" }).click();

      // Accepted: the agent is in the conversation (what the visitor said to the bot included) and
      // the visitor sees the agent's name.
      await annPage.getByRole("heading", { name: VISITOR, level: 2 }).waitFor();
      await inboxLog(annPage).getByText("Your email, so a colleague can write back?").waitFor();
      await liveCard(visitor).getByText("You're chatting with Ann Archer").waitFor();
      await visitor.getByText("Ann Archer joined the chat").waitFor();
      expect(await banner.count()).toBe(0);

      // The visitor types: the agent sees it; sending stops it and the message arrives.
      const typingLine = annPage.getByText("The visitor is typing…");
      await visitorComposer(visitor).fill("Hello! What does the Team plan cost?");
      await typingLine.waitFor();
      await visitorComposer(visitor).press("Enter");
      await inboxLog(annPage).getByText("Hello! What does the Team plan cost?").waitFor();
      await typingLine.waitFor({ state: "hidden" });

      // The agent types: the visitor sees the dots; the reply arrives under the agent's name.
      await agentComposer(annPage).fill("Hi Ada! The Team plan is $49 a month.");
      await agentTypingDots(visitor).waitFor();
      await agentComposer(annPage).press("Enter");
      await visitor.getByText("Hi Ada! The Team plan is $49 a month.").waitFor();
      await agentTypingDots(visitor).waitFor({ state: "hidden" });
      expect((await transcript(visitor)).slice(-3)).toEqual([
        "Ann Archer joined the chat",
        "You: Hello! What does the Team plan cost?",
        "Ann Archer: Hi Ada! The Team plan is $49 a month.",
      ]);
      // The visitor has the chat on screen: the agent's message is marked read.
      await inboxLog(annPage).locator(".is-agent").last().getByText("Read").waitFor();
      await availability(annPage).getByText("1 of 5 chats").waitFor();
    },
  );

  test(
    "the agent transfers the chat with a note; the second agent accepts and the visitor, told, chats on with them",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const { ann, ben, annPage, visitor } = story;
      if (!visitor) throw new Error("the first test opens the chat this one transfers");
      screenshotOnFailure(onTestFailed, "livechat-ann", annPage);
      screenshotOnFailure(onTestFailed, "livechat-visitor", visitor.page());
      const benPage = await openPage(suite, onTestFailed, "livechat-ben");
      await agentInInbox(suite, benPage, ben);

      await annPage.getByRole("button", { name: "Transfer", exact: true }).click();
      const dialog = annPage.getByRole("dialog", { name: "Transfer this chat" });
      await tick(dialog.getByRole("radio", { name: /^Ben Baker/ }));
      await dialog.getByLabel("Note for the next agent").fill("Asked about the Team plan; wants a discount.");
      await dialog.getByRole("button", { name: "Transfer", exact: true }).click();
      await dialog.waitFor({ state: "detached" });

      const banner = offerBanner(benPage, `${ann.name} transfers a chat: ${VISITOR}`);
      await banner.getByText("Note: Asked about the Team plan; wants a discount.").waitFor();
      // Until the second agent accepts, the chat stays with the first.
      expect(await liveCard(visitor).innerText()).toContain("You're chatting with Ann Archer");
      await banner.getByRole("button", { name: "Accept" }).click();

      await visitor.getByText("Ben Baker took over the chat").waitFor();
      await liveCard(visitor).getByText("You're chatting with Ben Baker").waitFor();
      await benPage.getByRole("heading", { name: VISITOR, level: 2 }).waitFor();
      await inboxLog(benPage).getByText("Hi Ada! The Team plan is $49 a month.").waitFor();
      // The first agent may still read the chat but no longer writes to the visitor; the loads moved.
      await annPage.getByText("Only the agent of this chat writes to the visitor").waitFor();
      await availability(annPage).getByText("0 of 5 chats").waitFor();
      await availability(benPage).getByText("1 of 5 chats").waitFor();

      await visitorComposer(visitor).fill("Great, is there a discount for a year?");
      await benPage.getByText("The visitor is typing…").waitFor();
      await visitorComposer(visitor).press("Enter");
      await inboxLog(benPage).getByText("Great, is there a discount for a year?").waitFor();
      await agentComposer(benPage).fill("Yes: two months free when you pay yearly.");
      await agentTypingDots(visitor).waitFor();
      await agentComposer(benPage).press("Enter");
      await visitor.getByText("Yes: two months free when you pay yearly.").waitFor();
      expect((await transcript(visitor)).slice(-3)).toEqual([
        "Ben Baker took over the chat",
        "You: Great, is there a discount for a year?",
        "Ben Baker: Yes: two months free when you pay yearly.",
      ]);
      // The first agent's copy stays live too: they read what was said after the transfer.
      await inboxLog(annPage).getByText("Yes: two months free when you pay yearly.").waitFor();
    },
  );
});
