import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { saveScreenshot } from "./support/launchBrowser";
import {
  agentInInbox,
  createAgent,
  inboxLog,
  liveChatSuite,
  offerBanner,
  openPage,
  visitorAsksForChat,
} from "./support/liveChatSuite";

const VISITOR = "lin@visitors.test";

describe.skipIf(!E2E_ENABLED)(`Sharing a booking in a live chat (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = liveChatSuite();

  test(
    "an agent in a live chat shares a colleague's booking: hosts without availability cannot be picked, and the transcript says whose booking was shared",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const roles = await suite.admin.request<{ id: string; name: string }[]>("GET", "/api/roles");
      const hostRole = roles.find((r) => r.name === "Calendar agent")?.id;
      const host = async (name: string, email: string) =>
        suite.admin.request<{ id: string }>("POST", "/api/users", {
          name,
          email,
          password: "host-password-1",
          roleId: hostRole,
          siteIds: null,
        });
      const mary = await host("Mary Jackson", "mary@example.com");
      await host("Hedy Lamarr", "hedy@example.com");
      await suite.admin.request("PUT", `/api/agents/${mary.id}/meeting-availability`, {
        timeZone: "UTC",
        schedule: { blocks: [{ day: 3, start: "09:00", end: "17:00" }] },
      });

      const agent = await createAgent(suite, "Ann Archer", "ann.share@example.com");
      const page = await openPage(suite, onTestFailed, "meetings-share-agent");
      await agentInInbox(suite, page, agent);
      await visitorAsksForChat(suite, await openPage(suite, onTestFailed, "meetings-share-visitor"), VISITOR);
      await offerBanner(page, `New chat: ${VISITOR}`).getByRole("button", { name: "Accept" }).click();
      await page.getByRole("heading", { name: VISITOR, level: 2 }).waitFor();

      await page.getByRole("button", { name: "Share booking link" }).click();
      const dialog = page.getByRole("dialog", { name: "Share a booking link" });
      const hedy = dialog.getByRole("radio", { name: /Hedy Lamarr/ });
      await hedy.waitFor();
      expect(await hedy.isDisabled()).toBe(true);
      expect(await dialog.getByText("No availability set up").count()).toBeGreaterThanOrEqual(1);
      await dialog.getByText("Mary Jackson").click();
      await saveScreenshot(page, "meetings-share-dialog");
      await dialog.getByRole("button", { name: "Share in the chat" }).click();
      await dialog.waitFor({ state: "detached" });
      await inboxLog(page).getByText("Booking shared: Mary Jackson").waitFor();
      await saveScreenshot(page, "meetings-share-transcript");
    },
  );
});
