import type { Locator, Page } from "playwright-core";
import { beforeAll, type onTestFailed } from "vitest";
import { saveScreenshot } from "./launchBrowser";
import { openContext, type PeopleSuite, peopleSuite } from "./peopleSuite";
import { signIn } from "./signIn";
import { chatWindow, launcher, widget } from "./widgetPage";

export interface Agent {
  id: string;
  name: string;
  email: string;
  password: string;
}

/** The People suite's (see peopleSuite): the demo site runs the live chat dialogue published on it. */
export type LiveChatSuite = PeopleSuite;

/** What /demo's visitors meet: their email, then a Live chat card (round robin over the site's agents). */
export const liveChatStream = {
  schemaVersion: 1,
  startCardId: "email",
  cards: [
    {
      id: "email",
      type: "capture",
      text: "Your email, so a colleague can write back?",
      kind: "email",
      field: "person.email",
      next: "live",
    },
    { id: "live", type: "liveChat", text: "Let me get a colleague.", routing: { strategy: "round_robin" } },
  ],
};

/**
 * Per test file of live chat: the People suite (the built app and widget, a server whose clock stands
 * at FROZEN_AT, moved by `server.advanceClock`, Chromium, the admin's REST session) with the live chat
 * dialogue published on the demo site, outranking its sample dialogue.
 */
export function liveChatSuite(): LiveChatSuite {
  const suite = peopleSuite();
  beforeAll(async () => {
    await suite.admin.publish(suite.site.id, liveChatStream, {
      name: "Talk to sales",
      priority: 100,
      targeting: { include: [], exclude: [], audience: null, trigger: { kind: "immediately" } },
    });
  });
  return suite;
}

/** A user with the Live agent role on every site. */
export async function createAgent(suite: LiveChatSuite, name: string, email: string): Promise<Agent> {
  const roles = await suite.admin.request<{ id: string; name: string }[]>("GET", "/api/roles");
  const role = roles.find((r) => r.name === "Live agent");
  if (!role) throw new Error("no Live agent role");
  const password = "agent-password-1";
  const user = await suite.admin.request<{ id: string }>("POST", "/api/users", {
    name,
    email,
    password,
    roleId: role.id,
    siteIds: null,
  });
  return { id: user.id, name, email, password };
}

/** A fresh browser context and its page (en-US, UTC, the clock fixed at FROZEN_AT), screenshotted if the test fails. */
export async function openPage(
  suite: LiveChatSuite,
  failed: typeof onTestFailed,
  name: string,
): Promise<Page> {
  const { newPage } = await openContext(suite, failed, name);
  return newPage();
}

/** A page opened by an earlier test of the story is screenshotted too if this test fails. */
export function screenshotOnFailure(failed: typeof onTestFailed, name: string, page: Page): void {
  failed(async () => {
    console.error(`Screenshot of the failure: ${await saveScreenshot(page, name)}`);
  });
}

/** The agent signs in and opens the inbox; resolves once the server counts them available. */
export async function agentInInbox(suite: LiveChatSuite, page: Page, agent: Agent): Promise<void> {
  const nav = await signIn(page, suite.server.baseUrl, agent.email, agent.password);
  await nav.getByRole("link", { name: "Inbox", exact: true }).click();
  await availability(page)
    .getByRole("status")
    .filter({ hasText: /^Available$/ })
    .waitFor();
}

/** The inbox's own bar: the Available switch, the state the server applies, the load. */
export const availability = (page: Page): Locator => page.getByRole("region", { name: "Your availability" });

/** The banner of an offered chat whose title starts with `title` ("New chat: ada@…"). */
export const offerBanner = (page: Page, title: string): Locator =>
  page.getByRole("region", { name: "New chats" }).getByRole("article", { name: title });

/** The open conversation's messages in the inbox. */
export const inboxLog = (page: Page): Locator => page.getByRole("list", { name: "Messages" });

/** The composer's message box in the inbox (the agent's own chat). */
export const agentComposer = (page: Page): Locator =>
  page.getByRole("combobox", { name: "Message to the visitor" });

/**
 * A visitor on /demo opens the chat and gives their email; the dialogue's Live chat card follows.
 * Returns the chat window.
 */
export async function visitorAsksForChat(suite: LiveChatSuite, page: Page, email: string): Promise<Locator> {
  await page.goto(`${suite.server.baseUrl}/demo`);
  await widget(page).locator(".poke").waitFor();
  await launcher(page).click();
  const dialog = chatWindow(page);
  const input = dialog.locator("input.in");
  await dialog.getByText("Your email, so a colleague can write back?").waitFor();
  await input.fill(email);
  await input.press("Enter");
  return dialog;
}

/** The live card above the widget's composer: connecting, the place in line, the agent, the end. */
export const liveCard = (dialog: Locator): Locator => dialog.locator(".lcc");

/** The widget's chat composer (the visitor writes to the agent). */
export const visitorComposer = (dialog: Locator): Locator => dialog.locator("textarea.in");

/** The widget's "agent is typing" dots. */
export const agentTypingDots = (dialog: Locator): Locator => dialog.locator(".row.ty");
