import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { saveScreenshot } from "./support/launchBrowser";
import { createPerson, marketerOnPeople, openContext, peopleSuite } from "./support/peopleSuite";
import { chooseOption, selectButton } from "./support/selectField";

/** Nothing on the page is wider than the screen: no sideways scrolling of the whole page. */
const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.skipIf(!E2E_ENABLED)(`People screens at 375 px (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = peopleSuite();

  test(
    "on a phone the list is stacked cards, filters open behind a button, and a person's page fits",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const person = await createPerson(suite, {
        email: "a.very.long.address.for.a.narrow.screen@example-company-with-a-long-domain.test",
        firstName: "Margaret",
        lastName: "Hamilton",
        jobTitle: "Director of Software Engineering",
      });
      const { context, newPage } = await openContext(suite, onTestFailed, "people-375", {
        viewport: { width: 375, height: 812 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await newPage();
      await marketerOnPeople(suite, page);
      const row = page.getByRole("table", { name: "People" }).locator("tbody tr").first();
      await row.waitFor();

      // Rows are cards: the header row is hidden and each cell says what it is.
      expect(await page.locator(".people-table thead").isVisible()).toBe(false);
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);

      // The filters wait behind a button; it opens them, and they fit too.
      const who = selectButton(page, "Who");
      expect(await who.isVisible()).toBe(false);
      const toggle = page.getByRole("button", { name: "Filters" });
      await toggle.click();
      await who.waitFor();
      expect(await toggle.getAttribute("aria-expanded")).toBe("true");
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      await saveScreenshot(page, "people-list-375");
      await chooseOption(page, "Who", "Known (has an email)");
      await page.getByRole("button", { name: "Filters (1)" }).waitFor();

      await page.goto(`${suite.server.baseUrl}/app/people/${person.id}`);
      await page.getByRole("heading", { name: "Margaret Hamilton", level: 1 }).waitFor();
      await page.getByRole("region", { name: "Activity" }).waitFor();
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      const save = page.getByRole("button", { name: "Save" });
      const box = await save.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
      await saveScreenshot(page, "person-375");

      await page.goto(`${suite.server.baseUrl}/app/people/fields`);
      await page.getByRole("heading", { name: "Person fields" }).waitFor();
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      await saveScreenshot(page, "fields-375");
      await context.close();
    },
  );
});
