import fs from "node:fs";
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/** What a report's number card shows under its label (ReportTotals: `.report-total` with dt/dd). */
export const reportCard = (page: Page, label: string): Locator =>
  page
    .locator(".report-total", { has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .locator("dd");

/** Every card of the report, label → value, as the reader sees them. */
export const reportCards = (page: Page): Promise<Record<string, string>> =>
  page
    .locator(".report-totals .report-total")
    .evaluateAll((totals) =>
      Object.fromEntries(
        totals.map((t) => [
          t.querySelector("dt")?.textContent ?? "",
          t.querySelector("dd")?.textContent ?? "",
        ]),
      ),
    );

/** One table of a report (ReportChart): its heading, Export link, chart and data table. */
export const reportSection = (page: Page, title: string): Locator =>
  page.locator(".report-section", { has: page.getByRole("heading", { name: title, exact: true }) });

/** The data rows of the section's table, each as its cells' texts. */
export const reportRows = (scope: Locator): Promise<string[][]> =>
  scope
    .getByRole("table")
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.children).map((cell) => (cell.textContent ?? "").trim())),
    );

/** The column headers of the section's table, as written (not as CSS capitalises them). */
export const reportHeader = (scope: Locator): Promise<string[]> =>
  scope
    .getByRole("table")
    .locator("thead th")
    .evaluateAll((cells) => cells.map((cell) => (cell.textContent ?? "").trim()));

/** How many pixels of the section's chart are painted (0: nothing drawn). */
export const paintedPixels = (scope: Locator): Promise<number> =>
  scope.locator("canvas").evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  });

/** Waits until nothing on the page loads (the report's numbers are the ones of its filters). */
export const waitForReport = async (page: Page): Promise<void> => {
  await expect.poll(() => page.locator(".loading, [aria-busy='true']").count()).toBe(0);
};

/** Clicks a download link; the file's suggested name and text. */
export const downloadLink = async (link: Locator): Promise<{ name: string; text: string }> => {
  const [file] = await Promise.all([link.page().waitForEvent("download"), link.click()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path()) as string, "utf8") };
};
