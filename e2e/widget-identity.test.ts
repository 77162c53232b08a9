import crypto from "node:crypto";
import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { chatWindow, launcher, testPageHtml, transcript } from "./support/widgetPage";
import { newVisitor, widgetSuite } from "./support/widgetSuite";

// Greets by the person's first name, asks for an email, then greets again in a later step.
const greetingStream = {
  schemaVersion: 1,
  startCardId: "hi",
  cards: [
    {
      id: "hi",
      type: "question",
      text: 'Hi {{person.firstName | "there"}}! What brings you here?',
      answers: [{ id: "a", label: "Pricing", value: "pricing" }],
      next: "email",
    },
    { id: "email", type: "capture", text: "Your email?", kind: "email", field: "person.email", next: "more" },
    {
      id: "more",
      type: "question",
      text: "Anything else?",
      answers: [{ id: "n", label: "No, thanks", value: "no" }],
      next: "bye",
    },
    { id: "bye", type: "message", text: 'Goodbye, {{person.firstName | "there"}}.' },
  ],
};
// The launcher starts the dialogue; its own trigger would come much later.
const onClick = {
  targeting: {
    include: [],
    exclude: [],
    audience: null,
    trigger: { kind: "seconds_on_page", seconds: 3600 },
  },
};

describe.skipIf(!E2E_ENABLED)(`Verified identity in the widget (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = widgetSuite();

  const siteWithKim = async (path: string) => {
    const site = await suite.admin.createSite();
    await suite.admin.publish(site.id, greetingStream, onClick);
    await suite.admin.request("POST", `/api/sites/${site.id}/people`, {
      email: "kim@example.com",
      firstName: "Kim",
      lastName: null,
      phone: null,
      jobTitle: null,
    });
    suite.pages.page(path, () => testPageHtml(suite.server.baseUrl, site.siteKey));
    return site;
  };

  test(
    "a visitor typing a known person's email does not see their stored first name",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      await siteWithKim("/typed");
      const { page } = await newVisitor(suite, onTestFailed, "widget-identity-typed");
      await page.goto(`${suite.pages.url}/typed`);
      await launcher(page).click();
      const dialog = chatWindow(page);
      await dialog.getByRole("button", { name: "Pricing" }).click();
      const input = dialog.getByLabel("Your answer").filter({ visible: true });
      await expect.poll(() => input.isEnabled(), { timeout: 10_000 }).toBe(true);
      await input.fill("kim@example.com");
      await input.press("Enter");
      await dialog.getByRole("button", { name: "No, thanks" }).click();
      await dialog.getByText("This conversation has ended.").waitFor();
      const rows = await transcript(dialog);
      expect(rows.at(-1)).toBe("Parley: Goodbye, there.");
      expect(rows[0]).toBe("Parley: Hi there! What brings you here?");
      expect(rows.join("\n")).not.toContain("Kim");
    },
  );

  test(
    "after identify() with the signature from the site's backend, the greeting uses the stored name",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const site = await siteWithKim("/signed");
      const { secret } = await suite.admin.request<{ secret: string }>(
        "GET",
        `/api/sites/${site.id}/identity-secret`,
      );
      const signature = crypto.createHmac("sha256", secret).update("kim@example.com").digest("hex");
      const { page } = await newVisitor(suite, onTestFailed, "widget-identity-signed");
      await page.goto(`${suite.pages.url}/signed`);
      await page.waitForFunction(() => Boolean(window.Parley));
      await page.evaluate(
        (sig) => window.Parley?.identify({ email: "Kim@example.com", jobTitle: "CFO", signature: sig }),
        signature,
      );
      // The beacon has landed when the verified update shows on the stored person.
      await expect
        .poll(
          async () =>
            (
              await suite.admin.request<{ items: { jobTitle: string | null }[] }>(
                "GET",
                `/api/sites/${site.id}/people?q=kim@example.com`,
              )
            ).items[0]?.jobTitle,
          { timeout: 10_000 },
        )
        .toBe("CFO");
      await launcher(page).click();
      const dialog = chatWindow(page);
      await dialog.getByRole("button", { name: "Pricing" }).waitFor();
      expect((await transcript(dialog))[0]).toBe("Parley: Hi Kim! What brings you here?");
    },
  );
});
