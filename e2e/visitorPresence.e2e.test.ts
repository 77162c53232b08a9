import { describe, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import {
  agentInInbox,
  createAgent,
  liveChatSuite,
  offerBanner,
  openPage,
  visitorAsksForChat,
} from "./support/liveChatSuite";

const VISITOR = "grace@hopper.test";

describe.skipIf(!E2E_ENABLED)(
  `Whether the visitor is on the site, in the inbox (browser)${E2E_SKIP_NOTE}`,
  () => {
    const suite = liveChatSuite();

    test(
      "the agent has the chat open; the visitor's page closes: “Not on the site now”; they come back: “Online now”",
      { timeout: 120_000 },
      async ({ onTestFailed }) => {
        const cleo = await createAgent(suite, "Cleo Carter", "cleo@example.com");
        const agentPage = await openPage(suite, onTestFailed, "presence-agent");
        await agentInInbox(suite, agentPage, cleo);

        const visitorPage = await openPage(suite, onTestFailed, "presence-visitor");
        const visitor = await visitorAsksForChat(suite, visitorPage, VISITOR);
        await visitor.getByText("Let me get a colleague.").waitFor();
        await offerBanner(agentPage, `New chat: ${VISITOR}`).getByRole("button", { name: "Accept" }).click();
        await agentPage.getByRole("heading", { name: VISITOR, level: 2 }).waitFor();
        await visitor.getByText("Cleo Carter joined the chat").waitFor();

        const header = agentPage.locator(".conversation-head");
        const row = agentPage.getByRole("list", { name: "Conversations in this list" }).getByRole("link", {
          name: new RegExp(VISITOR),
        });
        await header.getByText("Online now", { exact: true }).waitFor();
        await row.getByText("Online now", { exact: true }).waitFor();

        // The visitor closes the page: a moment later both say so, without a reload.
        const context = visitorPage.context();
        await visitorPage.close();
        await header.getByText("Not on the site now", { exact: true }).waitFor();
        await row.getByText("Not on the site now", { exact: true }).waitFor();

        // Back on the site: the widget picks the chat up again, and the agent sees them online.
        const back = await context.newPage();
        await back.goto(`${suite.server.baseUrl}/demo`);
        await header.getByText("Online now", { exact: true }).waitFor();
        await row.getByText("Online now", { exact: true }).waitFor();
      },
    );
  },
);
