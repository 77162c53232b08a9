import { describe, expect, test } from "vitest";
import { appSuite, openPage } from "./support/appSuite";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { saveScreenshot } from "./support/launchBrowser";
import { chooseOption } from "./support/selectField";
import { signIn } from "./support/signIn";
import { tick } from "./support/tick";
import { ADMIN } from "./support/widgetServer";

interface Stored {
  targeting: { include: string[]; audience: unknown; trigger: unknown };
  schedule: { start: string | null };
}

describe.skipIf(!E2E_ENABLED)(`Targeting editor and segments (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = appSuite();

  test(
    "a marketer targets pages and an audience, tests a sample visitor, saves, and manages a segment",
    { timeout: 150_000 },
    async ({ onTestFailed }) => {
      const { api, server } = suite;
      const site = await api.demoSite();
      const segment = await api.request<{ id: string }>("POST", `/api/sites/${site.id}/segments`, {
        name: "Big accounts",
        conditions: {
          match: "all",
          conditions: [
            { type: "attribute", attribute: "person.email", operator: "contains", value: "bigco" },
          ],
        },
      });
      const dialogue = await api.request<{ id: string }>("POST", `/api/sites/${site.id}/dialogues`, {
        name: "Pricing helper",
      });
      const page = await openPage(suite, "targeting", onTestFailed);
      await page.clock.setFixedTime(new Date("2026-05-04T10:00:00Z"));
      await signIn(page, server.baseUrl, ADMIN.email, ADMIN.password);
      await page.goto(`${server.baseUrl}/app/dialogues/${dialogue.id}/targeting`);
      await page.getByRole("heading", { name: "Targeting" }).waitFor();

      // Pages and the tester (the server's own matcher).
      await page.getByRole("button", { name: "Add pattern" }).first().click();
      await page.getByLabel("Show on: pattern 1").fill("/pricing*");
      await page.getByLabel("Would this URL match?").fill("https://shop.example.com/pricing/teams");
      await expect.poll(() => page.getByText("Yes: it matches “/pricing*”.").count()).toBe(1);
      await page.getByLabel("Would this URL match?").fill("https://shop.example.com/about");
      await expect.poll(() => page.getByText("No: none of the include patterns matches.").count()).toBe(1);

      // Audience: member of the segment.
      await tick(page.getByRole("switch", { name: "Only some visitors" }));
      await page.getByRole("button", { name: "Add condition" }).click();
      await chooseOption(page, "Kind of condition 1", "Member of segment");
      await chooseOption(page, "Open it", "When scrolled down the page");
      await page.getByLabel("Scrolled (%)").fill("40");

      // Who would see this: decided by the segment's conditions, then forced.
      await page.getByLabel("Page URL").fill("https://shop.example.com/pricing");
      await expect.poll(() => page.getByText("This visitor would not see it.").count()).toBe(1);
      await expect.poll(() => page.getByText("Person: Email contains").count()).toBe(0);
      await chooseOption(page, "Segment “Big accounts”", "Member");
      await expect.poll(() => page.getByText("This visitor would see it.").count()).toBe(1);

      await page.setViewportSize({ width: 1280, height: 900 });
      await saveScreenshot(page, "targeting-1280");
      await page.setViewportSize({ width: 1024, height: 900 });
      await saveScreenshot(page, "targeting-1024");

      await page.getByRole("button", { name: "Save targeting" }).click();
      await page.getByText("Saved", { exact: true }).waitFor();
      const stored = await api.request<Stored>("GET", `/api/sites/${site.id}/dialogues/${dialogue.id}`);
      expect(stored.targeting.include).toEqual(["/pricing*"]);
      expect(stored.targeting.trigger).toEqual({ kind: "scroll", percent: 40 });
      expect(stored.targeting.audience).toEqual({
        match: "all",
        conditions: [{ type: "segment", segmentId: segment.id, operator: "is" }],
      });

      // A refused pattern is named at its row and nothing is saved.
      await page.getByLabel("Show on: pattern 1").fill("x".repeat(501));
      await page.getByRole("button", { name: "Save targeting" }).click();
      await page.getByText("Please correct the fields marked above.").waitFor();
      const after = await api.request<Stored>("GET", `/api/sites/${site.id}/dialogues/${dialogue.id}`);
      expect(after.targeting.include).toEqual(["/pricing*"]);

      // Segments: create one with a nested group, see the delete warning.
      await page.goto(`${server.baseUrl}/app/dialogues/segments`);
      await page.getByRole("heading", { name: "Segments", level: 1 }).waitFor();
      await page.getByRole("button", { name: "New segment" }).click();
      await page.getByLabel("Segment name").fill("LinkedIn visitors");
      await chooseOption(page, "Attribute of condition 1", "Visit: UTM source");
      await chooseOption(page, "Operator of condition 1", "is one of");
      await page.getByLabel("Value of condition 1").fill("linkedin, li");
      await page.getByRole("button", { name: "Add an “any of” group" }).click();
      await saveScreenshot(page, "segments-editor-1024");
      await page.getByRole("button", { name: "Remove group 2" }).click();
      await page.getByRole("button", { name: "Create segment" }).click();
      await page.getByRole("heading", { name: "LinkedIn visitors" }).waitFor();
      const segments = await api.request<{ name: string; conditions: unknown }[]>(
        "GET",
        `/api/sites/${site.id}/segments`,
      );
      expect(segments.find((s) => s.name === "LinkedIn visitors")?.conditions).toEqual({
        match: "all",
        conditions: [
          {
            type: "attribute",
            attribute: "visitor.utm.source",
            operator: "in_list",
            value: ["linkedin", "li"],
          },
        ],
      });
      await page.setViewportSize({ width: 1280, height: 900 });
      await saveScreenshot(page, "segments-1280");
      await page.getByRole("button", { name: "Delete Big accounts" }).click();
      await page.getByText(/will count nobody as a member/).waitFor();
    },
  );

  test(
    "a marketer sets a flow's delivery and copies the code that starts it",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const { api, server } = suite;
      const site = await api.demoSite();
      const flow = await api.request<{ id: string }>("POST", `/api/sites/${site.id}/dialogues`, {
        name: "Demo request",
        kind: "flow",
      });
      const page = await openPage(suite, "flow-delivery", onTestFailed);
      await signIn(page, server.baseUrl, ADMIN.email, ADMIN.password);
      await page.goto(`${server.baseUrl}/app/flows/${flow.id}/targeting`);
      await page.getByRole("heading", { name: "Delivery", level: 1 }).waitFor();
      await chooseOption(page, "Show the flow", "As a popup");
      await tick(page.getByRole("switch", { name: "Start on page load" }));
      await page.getByRole("button", { name: "Add pattern" }).first().click();
      await page.getByLabel("Start on: pattern 1").fill("/demo*");
      await expect
        .poll(() => page.getByText(`window.Parley.startFlow("${flow.id}", { delivery: "popup" });`).count())
        .toBe(1);
      await page.setViewportSize({ width: 1024, height: 900 });
      await saveScreenshot(page, "flow-delivery-1024");
      await page.getByRole("button", { name: "Save delivery" }).click();
      await page.getByText("Saved", { exact: true }).waitFor();
      const stored = await api.request<{ flowSettings: unknown; targeting: { include: string[] } }>(
        "GET",
        `/api/sites/${site.id}/dialogues/${flow.id}`,
      );
      expect(stored.flowSettings).toEqual({ delivery: "popup", onPageLoad: true });
      expect(stored.targeting.include).toEqual(["/demo*"]);
    },
  );
});
