import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, type onTestFailed, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { ensureWebBuild } from "./support/ensureWebBuild";
import { launchBrowser, saveScreenshot } from "./support/launchBrowser";
import { REPO_ROOT } from "./support/paths";
import { NOW_AFTER_SEED, type ReportsSeed, seedReports } from "./support/reportsSeed";
import { chooseOption } from "./support/selectField";
import {
  downloadLink,
  paintedPixels,
  reportCard,
  reportRows,
  reportSection,
  waitForReport,
} from "./support/reportScreens";
import { signIn } from "./support/signIn";
import { WidgetAdmin } from "./support/widgetApi";
import { ADMIN, startWidgetServer, type WidgetServer } from "./support/widgetServer";

/** Before the scripted visits (reportsSeed.ts): the server's clock only moves forward. */
const SERVER_STARTS_AT = "2027-02-20T12:00:00.000Z";
const DIST = path.join(REPO_ROOT, "apps/web/dist");
/** A message only chart.js holds: a file that contains it contains the chart library. */
const CHART_JS_MARK = "Canvas is already in use";

interface Suite {
  server: WidgetServer;
  browser: Browser;
  admin: WidgetAdmin;
  seed: ReportsSeed;
}

describe.skipIf(!E2E_ENABLED)(`Reports dashboards (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = {} as Suite;
  beforeAll(async () => {
    await ensureWebBuild();
    suite.server = await startWidgetServer({ frozenClock: SERVER_STARTS_AT });
    suite.browser = await launchBrowser();
    suite.admin = await WidgetAdmin.signIn(suite.server.baseUrl);
    suite.seed = await seedReports(suite.server, suite.admin);
  }, 180_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.dispose();
  });

  /** The admin signed in (en-US, the browser's clock at "now" of the seed) on the reports' site. */
  const openPage = async (failed: typeof onTestFailed, name: string): Promise<Page> => {
    const context = await suite.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "en-US",
      // The viewer is in Paris; the site counts New York's days: the report must not care.
      timezoneId: "Europe/Paris",
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(NOW_AFTER_SEED));
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    failed(async () => {
      console.error(`Screenshot of the failure: ${await saveScreenshot(page, name)}`);
      if (errors.length) console.error(`Page errors:\n${errors.join("\n")}`);
    });
    await signIn(page, suite.server.baseUrl, ADMIN.email, ADMIN.password);
    await page.evaluate(
      ([key, id]) => localStorage.setItem(key ?? "", id ?? ""),
      [`parley.site.${suite.seed.adminId}`, suite.seed.site.id],
    );
    // The app reads the chosen site when it starts.
    await page.reload();
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    return page;
  };

  const card = reportCard;
  const section = reportSection;
  const rowsOf = reportRows;
  const download = (page: Page, linkName: string) =>
    downloadLink(page.getByRole("link", { name: linkName, exact: true }));

  test(
    "chart.js is not in the app's start-up bundle: it loads only when a report draws a chart",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      // What the browser runs before any page: the entry script and every module it imports statically.
      const html = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
      const entry = /<script type="module"[^>]*src="\/app\/([^"]+)"/.exec(html)?.[1];
      expect(entry).toBeDefined();
      const startUp = new Set<string>();
      const visit = (file: string) => {
        if (startUp.has(file)) return;
        startUp.add(file);
        const code = fs.readFileSync(path.join(DIST, file), "utf8");
        // Static imports only (`import{…}from"./x.js"`, `import"./x.js"`), not `import("./x.js")`.
        for (const [, imported] of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
          visit(path.posix.join(path.posix.dirname(file), imported!));
      };
      visit(entry!);
      const withChartJs = [...startUp].filter((file) =>
        fs.readFileSync(path.join(DIST, file), "utf8").includes(CHART_JS_MARK),
      );
      expect(startUp.size).toBeGreaterThan(1);
      expect(withChartJs).toEqual([]);
      const chartChunks = fs
        .readdirSync(path.join(DIST, "assets"))
        .filter((file) => fs.readFileSync(path.join(DIST, "assets", file), "utf8").includes(CHART_JS_MARK));
      expect(chartChunks).toHaveLength(1);

      // In the browser: the People page loads no chart code; the meetings report does.
      const page = await openPage(onTestFailed, "reports-bundle");
      const loaded: string[] = [];
      page.on("request", (request) => loaded.push(new URL(request.url()).pathname));
      await page.goto(`${suite.server.baseUrl}/app/people`);
      await page.getByRole("heading", { name: "People", level: 1 }).waitFor();
      await waitForReport(page);
      expect(loaded.filter((file) => file.endsWith(chartChunks[0]!))).toEqual([]);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
      await page.getByRole("navigation", { name: "Reports" }).getByRole("link", { name: "Meetings" }).click();
      await page.getByRole("heading", { name: "Meetings report", level: 1 }).waitFor();
      await expect.poll(() => loaded.some((file) => file.endsWith(chartChunks[0]!))).toBe(true);
    },
  );

  test(
    "the global dashboard: totals of the scripted visits, the trend drawn, top dialogues linking to their report, a dialogue filter, a CSV",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const page = await openPage(onTestFailed, "reports-overview");
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
      await page.getByRole("heading", { name: "Reports", level: 1 }).waitFor();
      await waitForReport(page);
      // Five visitors met "Pricing questions" (three gave an email), one "Talk to sales" (gave one).
      expect(await card(page, "Triggered").innerText()).toBe("6");
      expect(await card(page, "People acquired").innerText()).toBe("4");
      const trend = section(page, "By day");
      await expect.poll(() => paintedPixels(trend)).toBeGreaterThan(500);
      const days = await rowsOf(trend);
      expect(days).toHaveLength(30);
      expect(days.find((row) => row[0] === "Feb 22, 2027")?.[1]).toBe("3");
      expect(days.find((row) => row[0] === "Mar 4, 2027")?.[1]).toBe("3");
      const top = section(page, "Top dialogues");
      await expect.poll(() => paintedPixels(top)).toBeGreaterThan(500);
      const dialogues = await rowsOf(top);
      expect(dialogues.map((row) => row.slice(0, 3))).toEqual([
        ["Pricing questions", "dialogue", "5"],
        ["Talk to sales", "dialogue", "1"],
      ]);
      // Each dialogue's name opens its own report (the dialogue's Report tab), keeping the days.
      const link = top.getByRole("link", { name: "Pricing questions" });
      expect(await link.getAttribute("href")).toBe(`/app/dialogues/${suite.seed.dialogueId}/report`);

      // One dialogue: the cards count only its visitors, and the link says so.
      await chooseOption(page, "Dialogue or flow", "Dialogue: Talk to sales");
      await expect.poll(() => card(page, "Triggered").innerText()).toBe("1");
      expect(new URL(page.url()).searchParams.get("dialogueId")).toBe(suite.seed.liveChatDialogueId);
      const csv = await download(page, "Export CSV: Top dialogues");
      const lines = csv.text.trim().split(/\r?\n/);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(",Talk to sales,dialogue,1,");
    },
  );

  test(
    "the meetings dashboard: totals, a drawn chart, the data table, a date filter in the URL, a CSV of a table",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const page = await openPage(onTestFailed, "reports-meetings");
      await page.goto(`${suite.server.baseUrl}/app/reports/meetings`);
      await page.getByRole("heading", { name: "Meetings report", level: 1 }).waitFor();
      await waitForReport(page);
      // Days are New York's, named beside the filter; the default is the last 30 of them.
      await page.getByText("Feb 3, 2027 – Mar 4, 2027, America/New York time").waitFor();
      expect(await card(page, "Booked").innerText()).toBe("4");
      expect(await card(page, "No-shows").innerText()).toBe("1");
      expect(await card(page, "No-show rate").innerText()).toBe("50%");

      const byAgent = section(page, "Meetings by agent");
      await expect.poll(() => paintedPixels(byAgent)).toBeGreaterThan(500);
      expect(await byAgent.getByRole("img").getAttribute("aria-label")).toContain("Booked: 4 in all");
      const agentRows = await rowsOf(byAgent);
      expect(agentRows).toHaveLength(1);
      expect(agentRows[0]!.slice(0, 2)).toEqual(["Admin", "4"]);
      const trend = section(page, "Meetings booked by day");
      const days = await rowsOf(trend);
      expect(days).toHaveLength(30);
      expect(days.find((row) => row[0] === "Feb 22, 2027")?.[1]).toBe("2");
      expect(days.find((row) => row[0] === "Mar 4, 2027")?.[1]).toBe("2");

      // The last 7 days leave out the meetings booked on 22 February: the numbers and the URL change.
      await chooseOption(page, "Days", "Last 7 days");
      await expect.poll(() => card(page, "Booked").innerText()).toBe("2");
      expect(new URL(page.url()).searchParams.get("range")).toBe("last7");
      await page.getByText("Feb 26, 2027 – Mar 4, 2027, America/New York time").waitFor();
      expect(await rowsOf(trend)).toHaveLength(7);
      expect((await rowsOf(byAgent))[0]!.slice(0, 2)).toEqual(["Admin", "2"]);

      // The CSV is the table's rows for the same filter (ids kept, raw numbers).
      const csv = await download(page, "Export CSV: Meetings by agent");
      expect(csv.name).toBe("meetings-byAgent-2027-02-26-2027-03-04.csv");
      const [header, ...lines] = csv.text.trim().split(/\r?\n/);
      expect(header!.split(",").slice(0, 3)).toEqual(["Agent id", "Agent", "Booked"]);
      expect(lines).toHaveLength(1);
      expect(lines[0]!.split(",").slice(0, 3)).toEqual([suite.seed.adminId, "Admin", "2"]);

      // A reload keeps the filter (it lives in the URL).
      await page.reload();
      await waitForReport(page);
      expect(await card(page, "Booked").innerText()).toBe("2");
    },
  );

  test(
    "the live chat dashboard: a missed chat, durations without values, and the visitors filter",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const page = await openPage(onTestFailed, "reports-live-chat");
      await page.goto(`${suite.server.baseUrl}/app/reports/live-chat`);
      await page.getByRole("heading", { name: "Live chat report", level: 1 }).waitFor();
      await waitForReport(page);
      expect(await card(page, "Requested").innerText()).toBe("1");
      expect(await card(page, "Missed").innerText()).toBe("1");
      expect(await card(page, "Connected").innerText()).toBe("0");
      // No chat was connected: no average queue time (a dash, not 0:00).
      expect(await card(page, "Average queue time").innerText()).toBe("—");
      const trend = section(page, "Live chats by day");
      await expect.poll(() => paintedPixels(trend)).toBeGreaterThan(500);
      const days = await rowsOf(trend);
      expect(days.find((row) => row[0] === "Mar 4, 2027")?.slice(1, 4)).toEqual(["1", "0", "1"]);
      await section(page, "Live chats by agent").getByText("No agent took a chat in these days.").waitFor();

      // The visitor who asked gave their email in that conversation, after it started: unknown, as
      // in every report (known: an email before the conversation started), so no known one asked.
      await chooseOption(page, "Visitors", "Known visitors");
      await expect.poll(() => card(page, "Requested").innerText()).toBe("0");
      expect(new URL(page.url()).searchParams.get("visitors")).toBe("known");
      await page.getByText("No live chat was requested in these days").waitFor();
      await chooseOption(page, "Visitors", "Unknown visitors");
      await expect.poll(() => card(page, "Requested").innerText()).toBe("1");
      await chooseOption(page, "Visitors", "Known visitors");
      await expect.poll(() => card(page, "Requested").innerText()).toBe("0");

      // The filters go along to the other reports.
      await page.getByRole("navigation", { name: "Reports" }).getByRole("link", { name: "Meetings" }).click();
      await page.getByRole("heading", { name: "Meetings report", level: 1 }).waitFor();
      expect(new URL(page.url()).searchParams.get("visitors")).toBe("known");
    },
  );

  test(
    "the site's time zone is set in its settings, and the reports' days follow it",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const page = await openPage(onTestFailed, "reports-time-zone");
      await page.goto(`${suite.server.baseUrl}/app/settings/sites/${suite.seed.site.id}`);
      const zone = page.getByRole("combobox", { name: "Reports time zone" });
      expect(await zone.inputValue()).toBe("America/New York");
      // Typed as a person types: a name no zone has is said so in the list.
      await zone.fill("");
      await zone.pressSequentially("Nowhere");
      await page.getByText("No time zone has that name").waitFor();
      await zone.fill("tokyo");
      await page.getByRole("option", { name: "Asia/Tokyo" }).click();
      await page.getByRole("button", { name: "Save settings" }).click();
      await page.getByText("Site settings saved.").waitFor();
      const site = await suite.admin.request<{ timeZone: string }>("GET", `/api/sites/${suite.seed.site.id}`);
      expect(site.timeZone).toBe("Asia/Tokyo");

      // 4 March 15:00 UTC is already 5 March in Tokyo: "today" there is the 5th.
      await page.goto(`${suite.server.baseUrl}/app/reports/meetings?range=today`);
      await page.getByText("Mar 5, 2027 – Mar 5, 2027, Asia/Tokyo time").waitFor();
      await suite.admin.request("PATCH", `/api/sites/${suite.seed.site.id}`, {
        timeZone: "America/New_York",
      });
    },
  );
});
