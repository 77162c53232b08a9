import { describe, expect, test } from "vitest";
import { giveEmailOnDemo } from "./support/demoVisitor";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { saveScreenshot } from "./support/launchBrowser";
import {
  createPerson,
  FROZEN_AT_SHOWN,
  marketerOnPeople,
  openContext,
  peopleSuite,
} from "./support/peopleSuite";
import { chooseOption } from "./support/selectField";

describe.skipIf(!E2E_ENABLED)(`People screens (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = peopleSuite();

  test(
    "a marketer searches and filters people, opens one, is refused a bad value (nothing changes), and reads a transcript",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const { admin, site } = suite;
      const fields = `/api/sites/${site.id}/fields`;
      await admin.request("POST", fields, {
        entity: "person",
        key: "interest",
        label: "Interest",
        type: "text",
      });
      await admin.request("POST", fields, {
        entity: "person",
        key: "employees",
        label: "Employees",
        type: "number",
      });
      const company = await admin.request<{ id: string }>("POST", `/api/sites/${site.id}/companies`, {
        name: "Analytical Engines",
        domain: "analytical.test",
      });
      await createPerson(suite, {
        email: "ada@analytical.test",
        firstName: "Ada",
        lastName: "Lovelace",
        companyId: company.id,
        fields: { employees: 12 },
      });
      await createPerson(suite, { email: "adam@elsewhere.test", firstName: "Adam", lastName: "Smith" });
      await createPerson(suite, {
        email: "charles@analytical.test",
        firstName: "Charles",
        lastName: "Babbage",
      });

      const { context, newPage } = await openContext(suite, onTestFailed, "people-search-edit-transcript");
      // A real visitor has the demo dialogue and gives an email.
      const visitorEmail = "grace@navy.test";
      await giveEmailOnDemo(await newPage(), suite.server.baseUrl, visitorEmail);

      const page = await newPage();
      await marketerOnPeople(suite, page);
      const rows = page.getByRole("table", { name: "People" }).locator("tbody tr");
      const names = () => rows.locator("td[data-label=Name] a").allInnerTexts();
      await rows.first().waitFor();

      // Searching narrows the list (typing pauses, then the list asks once) and goes into the URL.
      await page.getByRole("searchbox", { name: "Search people" }).fill("lovel");
      await expect.poll(names).toEqual(["Ada Lovelace"]);
      expect(new URL(page.url()).searchParams.get("q")).toBe("lovel");
      await page.getByRole("button", { name: "Clear search" }).click();
      await expect.poll(async () => (await names()).length).toBeGreaterThanOrEqual(4);

      // Filters: the company, then a field; the filtered list is a link that reopens the same list.
      await page.getByRole("combobox", { name: "Company" }).fill("Analy");
      await page.getByRole("option", { name: /Analytical Engines/ }).click();
      await expect.poll(async () => (await names()).sort()).toEqual(["Ada Lovelace", "Charles Babbage"]);
      await page.getByRole("button", { name: "Name", exact: true }).click();
      await expect.poll(names).toEqual(["Ada Lovelace", "Charles Babbage"]);
      await page.getByRole("button", { name: "Name", exact: true }).click();
      await expect.poll(names).toEqual(["Charles Babbage", "Ada Lovelace"]);
      const shared = page.url();
      await page.getByRole("button", { name: "Clear filters" }).click();
      await chooseOption(page, "Field", "Interest");
      await page.getByLabel("Value", { exact: true }).fill("looking");
      await expect.poll(names).toEqual([visitorEmail]);
      await page.goto(shared);
      await expect.poll(names).toEqual(["Charles Babbage", "Ada Lovelace"]);

      // Created days are the browser's local days (UTC here): both were created on 2 March.
      const created = page.getByRole("group", { name: "Created" });
      await created.getByLabel("From").fill("2026-03-03");
      await page.getByRole("heading", { name: "Nobody matches" }).waitFor();
      await created.getByLabel("From").fill("2026-03-02");
      await created.getByLabel("To").fill("2026-03-02");
      await expect.poll(names).toEqual(["Charles Babbage", "Ada Lovelace"]);

      // Ada: a number field refuses text, under the field, and the stored value stays.
      await page.getByRole("link", { name: "Ada Lovelace" }).click();
      await page.getByRole("heading", { name: "Ada Lovelace", level: 1 }).waitFor();
      expect(await page.getByRole("link", { name: "Analytical Engines" }).count()).toBe(1);
      const employees = page.getByLabel("Employees", { exact: true });
      expect(await employees.inputValue()).toBe("12");
      await employees.fill("a dozen");
      await page.getByRole("button", { name: "Save" }).click();
      const error = page.locator(".field-error", { hasText: /number/ });
      await error.waitFor();
      expect(await employees.getAttribute("aria-invalid")).toBe("true");
      expect(await employees.getAttribute("aria-describedby")).toContain(await error.getAttribute("id"));
      await saveScreenshot(page, "person-field-error");
      page.once("dialog", (dialog) => dialog.accept());
      await page.reload();
      await page.getByRole("heading", { name: "Ada Lovelace", level: 1 }).waitFor();
      expect(await page.getByLabel("Employees", { exact: true }).inputValue()).toBe("12");
      const people = await admin.request<{ items: { fields: Record<string, unknown> }[] }>(
        "GET",
        `/api/sites/${site.id}/people?q=ada%40analytical`,
      );
      expect(people.items[0]?.fields.employees).toBe(12);

      // A good value saves and stays after a reload.
      await page.getByLabel("Employees", { exact: true }).fill("13");
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByText("Saved.").waitFor();
      await page.reload();
      expect(await page.getByLabel("Employees", { exact: true }).inputValue()).toBe("13");

      // The visitor's conversation, as a transcript of plain text with what each message asked.
      await page.goto(`${suite.server.baseUrl}/app/people?q=grace`);
      await page.getByRole("link", { name: visitorEmail }).click();
      await page.getByRole("heading", { name: visitorEmail, level: 1 }).waitFor();
      const conversation = page.getByRole("region", { name: "Conversations" });
      const opener = conversation.getByRole("link", { name: "Welcome to Parley" });
      await opener.waitFor();
      await page
        .getByRole("region", { name: "Activity" })
        .getByText("Gave their email in Welcome to Parley")
        .waitFor();
      await saveScreenshot(page, "person-with-activity");
      expect(await conversation.innerText()).toContain(`Started ${FROZEN_AT_SHOWN}`);
      await opener.click();
      const transcript = page.getByRole("list", { name: "Transcript" });
      await transcript.waitFor();
      const lines = await transcript
        .locator("li")
        .evaluateAll((items) =>
          items.map((li) =>
            Array.from(li.querySelectorAll("p")).map((p) =>
              (p as HTMLElement).innerText.replace(/\s+/g, " ").trim(),
            ),
          ),
        );
      expect(lines).toEqual([
        [
          `Bot ${FROZEN_AT_SHOWN}`,
          "Hi there 👋 What brings you here today?",
          expect.stringMatching(/^Choices: .*Just looking.*$/),
        ],
        [`Visitor ${FROZEN_AT_SHOWN}`, "Just looking", "Chose an option"],
        [
          `Bot ${FROZEN_AT_SHOWN}`,
          "Great! What's your email, so we can send you more?",
          "Asked for their email",
        ],
        [`Visitor ${FROZEN_AT_SHOWN}`, visitorEmail, "Gave their email"],
        [`Bot ${FROZEN_AT_SHOWN}`, `Thank you! We'll be in touch at ${visitorEmail}.`],
      ]);
      await saveScreenshot(page, "transcript");
      await context.close();
    },
  );

  test(
    "a visitor who gives an email on /demo appears in an open People list without a reload",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const { context, newPage } = await openContext(suite, onTestFailed, "people-live-list");
      const page = await newPage();
      await marketerOnPeople(suite, page);
      await page.getByRole("table", { name: "People" }).waitFor();
      // Marks this document: a reload would lose the mark.
      await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

      const email = "live.visitor@example.com";
      expect(await page.getByRole("link", { name: email }).count()).toBe(0);
      await giveEmailOnDemo(await newPage(), suite.server.baseUrl, email);

      await page.getByRole("link", { name: email }).waitFor({ timeout: 15_000 });
      expect(await page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(
        true,
      );
      await context.close();
    },
  );

  test(
    "leaving a person's form with unsaved changes asks first, and staying keeps the edit",
    { timeout: 60_000 },
    async ({ onTestFailed }) => {
      const person = await createPerson(suite, { email: "ida@unsaved.test", firstName: "Ida" });
      const { context, newPage } = await openContext(suite, onTestFailed, "people-unsaved-guard");
      const page = await newPage();
      await marketerOnPeople(suite, page);
      await page.goto(`${suite.server.baseUrl}/app/people/${person.id}`);
      const jobTitle = page.getByLabel("Job title", { exact: true });
      await jobTitle.fill("Chief Analyst");

      // Staying: the page and the edit remain.
      await page.getByRole("link", { name: "← People" }).click();
      const ask = page.getByRole("alertdialog", { name: "Leave without saving?" });
      await ask.waitFor();
      await ask.getByRole("button", { name: "Stay" }).click();
      await ask.waitFor({ state: "detached" });
      expect(new URL(page.url()).pathname).toBe(`/app/people/${person.id}`);
      expect(await jobTitle.inputValue()).toBe("Chief Analyst");

      // Leaving: the list opens and nothing was saved.
      await page.getByRole("link", { name: "← People" }).click();
      await ask.getByRole("button", { name: "Leave" }).click();
      await page.getByRole("heading", { name: "People", level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/app/people");
      const stored = await suite.admin.request<{ jobTitle: string | null }>(
        "GET",
        `/api/sites/${suite.site.id}/people/${person.id}`,
      );
      expect(stored.jobTitle).toBeNull();
      await context.close();
    },
  );

  test(
    "companies list their people; the fields editor creates, renames and deletes a field, with the server's words under the key",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const { admin, site } = suite;
      const company = await admin.request<{ id: string }>("POST", `/api/sites/${site.id}/companies`, {
        name: "Zuse Computing",
        domain: "zuse.test",
      });
      await createPerson(suite, { email: "konrad@zuse.test", firstName: "Konrad", companyId: company.id });
      const { context, newPage } = await openContext(suite, onTestFailed, "people-companies-fields");
      const page = await newPage();
      await marketerOnPeople(suite, page);

      await page
        .getByRole("navigation", { name: "People sections" })
        .getByRole("link", { name: "Companies" })
        .click();
      await page.getByRole("searchbox", { name: "Search companies" }).fill("zuse");
      const row = page.getByRole("table", { name: "Companies" }).locator("tbody tr");
      await page.waitForURL(/[?&]q=zuse/);
      await expect.poll(() => row.locator("td[data-label=Name]").allInnerTexts()).toEqual(["Zuse Computing"]);
      expect(await row.locator("td[data-label=People]").innerText()).toBe("1");
      await row.getByRole("link", { name: "Zuse Computing" }).click();
      await page.getByRole("heading", { name: "Zuse Computing", level: 1 }).waitFor();
      await page
        .getByRole("table", { name: "People at Zuse Computing" })
        .getByRole("link", { name: "Konrad" })
        .waitFor();
      await saveScreenshot(page, "company");

      await page.goto(`${suite.server.baseUrl}/app/people/fields`);
      await page.getByRole("button", { name: "New field" }).click();
      await page.getByLabel("Label", { exact: true }).fill("Plan");
      expect(await page.getByLabel("Key", { exact: true }).inputValue()).toBe("plan");
      await page.getByLabel("Key", { exact: true }).fill("1plan");
      await chooseOption(page, "Type", "Picklist");
      await page.getByLabel("Options", { exact: true }).fill("Free\nPro");
      await page.getByRole("button", { name: "Create field" }).click();
      const keyError = page.locator(".field-error", { hasText: /letter/i });
      await keyError.waitFor();
      expect(await page.getByLabel("Key", { exact: true }).getAttribute("aria-invalid")).toBe("true");
      await page.getByLabel("Key", { exact: true }).fill("plan");
      await page.getByRole("button", { name: "Create field" }).click();
      await page.getByText("Field Plan created.").waitFor();
      const persons = page.getByRole("region", { name: "Person fields" });
      await persons.getByText("plan · Picklist · Free, Pro").waitFor();
      expect(await persons.getByRole("button", { name: "Delete Email" }).count()).toBe(0);

      await persons.getByRole("button", { name: "Edit Plan" }).click();
      await page.getByLabel("Label", { exact: true }).fill("Pricing plan");
      await page.getByRole("button", { name: "Save" }).click();
      await persons.getByText("Pricing plan", { exact: true }).waitFor();
      await saveScreenshot(page, "fields");

      await persons.getByRole("button", { name: "Delete Pricing plan" }).click();
      const confirm = page.getByRole("alertdialog", { name: /Delete Pricing plan\?/ });
      await confirm.getByRole("button", { name: "Delete", exact: true }).click();
      await persons.getByText("Pricing plan", { exact: true }).waitFor({ state: "detached" });
      const fields = await admin.request<{ key: string }[]>("GET", `/api/sites/${site.id}/fields`);
      expect(fields.map((f) => f.key)).not.toContain("plan");
      await context.close();
    },
  );
});
