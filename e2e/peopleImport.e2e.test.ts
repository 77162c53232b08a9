import fs from "node:fs";
import type { Download, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { marketerOnPeople, openContext, peopleSuite } from "./support/peopleSuite";
import { chooseOption, selectButton } from "./support/selectField";

const FILE = [
  "Email,First name,Last name,Seats,Notes",
  "ina@import.test,Ina,One,5,first",
  "ivo@import.test,<img src=x onerror=window.__xss=1>,Two,7,",
  "not-an-email,Bad,Row,1,",
  "ian@import.test,Ian,Three,x,",
  "ida@import.test,Ida,Four,9,",
].join("\r\n");

const downloaded = async (
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> => {
  const [download] = (await Promise.all([page.waitForEvent("download"), click()])) as [Download, void];
  return {
    name: download.suggestedFilename(),
    text: fs.readFileSync((await download.path()) as string, "utf8"),
  };
};

describe.skipIf(!E2E_ENABLED)(`People CSV import and export (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = peopleSuite();

  test(
    "a marketer imports a file with bad rows: the dry run shows them, the import's bar reaches 100 %, the error file and an export download",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const { admin, site } = suite;
      await admin.request("POST", `/api/sites/${site.id}/fields`, {
        entity: "person",
        key: "seats",
        label: "Seats",
        type: "number",
      });
      const { newPage } = await openContext(suite, onTestFailed, "people-import");
      const page = await newPage();
      await marketerOnPeople(suite, page);
      await page.getByRole("link", { name: "Import CSV" }).click();
      await page.getByRole("heading", { name: "Import people", level: 1 }).waitFor();

      await page.getByLabel("CSV file").setInputFiles({
        name: "leads.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(FILE),
      });
      await page.getByText("leads.csv: 5 rows, 5 columns.").waitFor();
      // The suggested mapping: each known column to its field, the custom field by its label; Notes left out.
      const mapping = page.getByRole("table", { name: "Columns of the file and where they go" });
      await expect.poll(() => selectButton(mapping, "Import “Email” into").innerText()).toMatch(/Email/);
      await expect.poll(() => selectButton(mapping, "Import “Seats” into").innerText()).toMatch(/Seats/);
      await expect
        .poll(() => selectButton(mapping, "Import “Notes” into").innerText())
        .toMatch(/Don't import/);
      // What a file holds is shown as text, never run.
      await expect.poll(() => mapping.innerText()).toContain("<img src=x onerror=window.__xss=1>");
      await chooseOption(mapping, "Import “Notes” into", "Don't import");

      await page.getByRole("button", { name: "Dry run" }).click();
      const dry = page.getByRole("status", { name: "Dry run result" });
      await dry.waitFor();
      await expect.poll(() => dry.innerText()).toContain("Dry run: nothing was written.");
      expect(await dry.getByRole("definition").allInnerTexts()).toEqual(["3", "0", "0", "2"]);
      expect(
        await dry.getByRole("list", { name: "Failing rows" }).getByRole("listitem").allInnerTexts(),
      ).toEqual(["Row 4: email must be a valid email address", "Row 5: seats must be a number"]);
      const errors = await downloaded(page, () =>
        dry.getByRole("link", { name: "Download error file" }).click(),
      );
      expect(errors.name).toBe("leads-errors.csv");
      expect(errors.text).toBe(
        "row,error,Email,First name,Last name,Seats,Notes\r\n" +
          "4,email must be a valid email address,not-an-email,Bad,Row,1,\r\n" +
          "5,seats must be a number,ian@import.test,Ian,Three,x,\r\n",
      );
      // Nothing was written by the dry run.
      const before = await admin.request<{ items: unknown[] }>(
        "GET",
        `/api/sites/${site.id}/people?q=i&limit=200`,
      );
      expect(before.items.filter((p) => JSON.stringify(p).includes("@import.test"))).toEqual([]);

      await page.getByRole("button", { name: "Import 3 people" }).click();
      const bar = page.getByRole("progressbar", { name: "Importing" });
      await expect.poll(() => bar.getAttribute("aria-valuenow")).toBe("5");
      await expect.poll(() => bar.innerText()).toContain("5 of 5 rows (100%)");
      const result = page.getByRole("status", { name: "Import result" });
      await expect.poll(() => result.innerText()).toContain("Imported.");
      expect(await result.getByRole("definition").allInnerTexts()).toEqual(["3", "0", "0", "2"]);
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

      await page.getByRole("link", { name: "Back to people" }).click();
      await page.getByRole("searchbox", { name: "Search people" }).fill("i");
      const rows = page.getByRole("table", { name: "People" }).locator("tbody tr");
      await expect
        .poll(async () => (await rows.locator("td[data-label=Name] a").allInnerTexts()).sort())
        .toEqual(["<img src=x onerror=window.__xss=1> Two", "Ida Four", "Ina One"]);

      // The export is the list as shown (this search), with the imported values.
      const exported = await downloaded(page, () => page.getByRole("link", { name: "Export CSV" }).click());
      expect(exported.name).toMatch(/^people-\d{4}-\d{2}-\d{2}\.csv$/);
      const lines = exported.text.trim().split("\r\n");
      expect(lines[0]).toBe("id,email,firstName,lastName,phone,jobTitle,company,seats,createdAt,updatedAt");
      expect(
        lines
          .slice(1)
          .map((line) => line.split(",").slice(1, 4).join(","))
          .sort(),
      ).toEqual([
        "ida@import.test,Ida,Four",
        "ina@import.test,Ina,One",
        "ivo@import.test,<img src=x onerror=window.__xss=1>,Two",
      ]);
    },
  );
});
