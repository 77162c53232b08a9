import type { Report, ReportTable } from "@parley/protocol/reports";
import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { RETRY_BASE_MS } from "../apps/server/src/domain/webhooks/webhookRetry";
import { emailCaptureStream } from "../apps/server/src/testing/emailCaptureStream";
import type { TestServer } from "../apps/server/src/testing/testServer";
import { TestVisitor } from "../apps/server/src/testing/visitorClient";
import { type ReceivedCall, startWebhookReceiver } from "../apps/server/src/testing/webhookReceiver";
import { documentedVerifier } from "../apps/server/src/testing/webhookSignatureRecipe";
import { formatReportValue } from "../apps/web/src/reports/formatReportValue";
import { csvRows } from "./support/csvRows";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { ensureWebBuild } from "./support/ensureWebBuild";
import { launchBrowser, saveScreenshot } from "./support/launchBrowser";
import { chooseOption } from "./support/selectField";
import {
  downloadLink,
  paintedPixels,
  reportCard,
  reportCards,
  reportHeader,
  reportRows,
  reportSection,
  waitForReport,
} from "./support/reportScreens";
import { signIn } from "./support/signIn";
import { tick } from "./support/tick";
import { type Site, WidgetAdmin } from "./support/widgetApi";
import { ensureWidgetBuild } from "./support/widgetBuild";
import {
  chatWindow,
  launcher,
  type PageServer,
  startPageServer,
  testPageHtml,
  widget,
} from "./support/widgetPage";
import { startWidgetServer, type WidgetServer } from "./support/widgetServer";

/** The site counts Kolkata's days (UTC+5:30, no daylight saving time). */
const SITE_ZONE = "Asia/Kolkata";
/** Day 1 of the visits: 09:30 on Monday 10 May 2027 in Kolkata. The server's clock starts here. */
const DAY_1_AT = "2027-05-10T04:00:00.000Z";
/** Day 2: 01:00 on Tuesday 11 May in Kolkata, while it is still 10 May in UTC (19:30). */
const DAY_2_AT = "2027-05-10T19:30:00.000Z";
/** The marketer reads the reports in Los Angeles, where it is 12:30 on 10 May: the site's days must win. */
const VIEWER_ZONE = "America/Los_Angeles";
const DIALOGUE = "Pricing questions";
const SUBSCRIBED = ["activity.email_given", "activity.goal_reached"] as const;
const MARKETER = { name: "Mara Marketer", email: "mara@journey.test", password: "marketing-pass-1" };

/**
 * Qualify → email → goal "Email captured" → thank you (the demo's sample dialogue), the first answer
 * kept in the conversation only (saved to a person field it would create a person without an email,
 * which does not make a visitor known either).
 */
const pricingStream = {
  ...emailCaptureStream,
  cards: emailCaptureStream.cards.map((card) =>
    card.id === "qualify" ? { ...card, saveTo: undefined } : card,
  ),
};

type Receiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

interface Suite {
  server: WidgetServer;
  browser: Browser;
  pages: PageServer;
  admin: WidgetAdmin;
  receiver: Receiver;
  site: Site;
  dialogueId: string;
}

/**
 * Issue 12's journey in real Chromium: a marketer subscribes a webhook in Settings › Webhooks, visitors
 * meet a published dialogue over two of the site's days (one in a real browser, the others through the
 * widget's HTTP/WebSocket API), the delivery log shows a delivery that failed once and went through on
 * its retry, and the Reports area shows exactly the visits' numbers, a drawn chart, filters that change
 * them and CSV exports equal to the tables. Every clock stands still (the server's moves only when the
 * test moves it), so nothing depends on the wall clock or the machine's zone.
 */
describe.skipIf(!E2E_ENABLED)(
  `Reports and webhooks: the marketer's journey (browser)${E2E_SKIP_NOTE}`,
  () => {
    const suite = {} as Suite;
    beforeAll(async () => {
      await ensureWebBuild();
      await ensureWidgetBuild();
      suite.receiver = await startWebhookReceiver();
      suite.server = await startWidgetServer({
        frozenClock: DAY_1_AT,
        // The receiver is on loopback, which the outbound guard refuses unless allowed.
        env: { PARLEY_OUTBOUND_ALLOW: "127.0.0.1" },
      });
      suite.browser = await launchBrowser();
      suite.pages = await startPageServer();
      suite.admin = await WidgetAdmin.signIn(suite.server.baseUrl);
      suite.site = await suite.admin.request<Site>("POST", "/api/sites", {
        name: "Journey site",
        // 127.0.0.1: the customer's page in Chromium; localhost: the API visitors' origin.
        allowedDomains: ["127.0.0.1", "localhost"],
        branding: { responseDelaySeconds: 0 },
        timeZone: SITE_ZONE,
      });
      suite.dialogueId = await suite.admin.publish(suite.site.id, pricingStream, { name: DIALOGUE });
      const roles = await suite.admin.request<{ id: string; name: string }[]>("GET", "/api/roles");
      const role = roles.find((r) => r.name === "Marketing admin");
      if (!role) throw new Error("no Marketing admin role");
      await suite.admin.request("POST", "/api/users", {
        ...MARKETER,
        roleId: role.id,
        siteIds: [suite.site.id],
      });
      suite.pages.page("/pricing", () => testPageHtml(suite.server.baseUrl, suite.site.siteKey));
    }, 180_000);
    afterAll(async () => {
      await suite.browser?.close();
      await suite.pages?.close();
      await suite.receiver?.close();
      await suite.server?.dispose();
    });

    /** A visitor through the widget's API: starts the dialogue and goes as far as `until`. */
    const apiVisitor = async (until: "starts" | "answers" | "gives an email", email = "") => {
      const visitor = await TestVisitor.arrive({ url: suite.server.baseUrl } as TestServer, suite.site);
      await visitor.start(suite.dialogueId);
      await visitor.bot("question");
      if (until !== "starts") {
        visitor.send({ kind: "answer", value: "evaluating" });
        await visitor.bot("capture");
      }
      if (until === "gives an email") {
        visitor.send({ kind: "answer", value: email });
        await visitor.message((m) => m.author === "bot" && JSON.stringify(m.body).includes("Thank you"));
      }
      visitor.socket.close();
    };

    /** A visitor in Chromium on the customer's /pricing page: the widget pokes, they answer and give an email. */
    const browserVisitor = async (failed: Parameters<typeof marketerPage>[0], email: string) => {
      const context = await suite.browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      failed(async () => {
        // Once the visit is over its page is closed: the marketer's screenshot tells the rest.
        if (!page.isClosed())
          console.error(`Screenshot of the failure: ${await saveScreenshot(page, "journey-visitor")}`);
      });
      await page.goto(`${suite.pages.url}/pricing`);
      await widget(page).locator(".poke").waitFor();
      await launcher(page).click();
      const dialog = chatWindow(page);
      await dialog.getByRole("button", { name: "I'm evaluating tools" }).click();
      const input = dialog.getByLabel("Your answer").filter({ visible: true });
      await expect.poll(() => input.isEnabled()).toBe(true);
      await input.fill(email);
      await input.press("Enter");
      await dialog.getByText(`Thank you! We'll be in touch at ${email}.`).waitFor();
      await context.close();
    };

    /** The marketer's browser (en-US, Los Angeles, its clock standing at `at`), signed in. */
    const marketerPage = async (failed: (fn: () => Promise<void>) => void, at: string) => {
      const context = await suite.browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: "en-US",
        timezoneId: VIEWER_ZONE,
        acceptDownloads: true,
      });
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(at));
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      failed(async () => {
        console.error(`Screenshot of the failure: ${await saveScreenshot(page, "journey-marketer")}`);
        if (errors.length) console.error(`Page errors:\n${errors.join("\n")}`);
      });
      const nav = await signIn(page, suite.server.baseUrl, MARKETER.email, MARKETER.password);
      return { page, nav, errors };
    };

    /** Waits until the receiver has had `count` calls in all. */
    const receivedCalls = async (count: number) => {
      await expect.poll(() => suite.receiver.calls.length).toBe(count);
      return suite.receiver.calls;
    };

    /** Every call carries a signature the documented recipe accepts, at the server's time of the call. */
    const verifySignatures = (calls: ReceivedCall[], secret: string, at: string) => {
      const verify = documentedVerifier();
      const now = Math.floor(Date.parse(at) / 1000);
      for (const call of calls)
        expect(verify(secret, String(call.headers["x-parley-signature"]), call.body, now)).toBe(true);
    };

    /** The delivery log's rows: status, event type, code (without the error under it), attempts. */
    const deliveryRows = (log: Locator) =>
      log.locator("tbody tr:not(.webhook-details-row)").evaluateAll((rows) =>
        rows.map((row) => {
          const cell = (label: string) => row.querySelector(`[data-label="${label}"]`) as HTMLElement | null;
          return {
            status: cell("Status")?.querySelector(".badge")?.textContent?.trim() ?? "",
            type: cell("Event")?.textContent?.trim() ?? "",
            code: (cell("Code")?.firstChild?.textContent ?? "").trim(),
            attempts: cell("Attempts")?.textContent?.trim() ?? "",
          };
        }),
      );

    type DeliveryRowText = Awaited<ReturnType<typeof deliveryRows>>[number];
    const sortRows = (rows: DeliveryRowText[]) =>
      [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    /** The log's rows in a fixed order (deliveries made in the same instant have no order of their own). */
    const sortedRows = async (log: Locator) => sortRows(await deliveryRows(log));

    /** A section's data table: its header cells and its rows, each as its cells' texts. */
    const tableOf = async (scope: Locator) => ({
      header: await reportHeader(scope),
      rows: await reportRows(scope),
    });

    /**
     * Downloads a table's CSV through its Export link and checks it against what the screen shows: the
     * header is every column of the report's table (ids included), and each row, formatted as the app
     * formats values, is the on-screen row. The report's JSON (same query as the link) gives the types.
     */
    const exportMatchesTable = async (scope: Locator, title: string) => {
      const link = scope.getByRole("link", { name: `Export CSV: ${title}`, exact: true });
      const href = (await link.getAttribute("href"))!;
      const file = await downloadLink(link);
      const csv = csvRows(file.text);
      const jsonUrl = href.replace(/\/([\w]+)\.csv(\?|$)/, "$2");
      const report = await suite.admin.request<Report>("GET", jsonUrl);
      const table = report.tables.find((t) => href.includes(`/${t.id}.csv`)) as ReportTable;
      const [header, ...lines] = csv;
      expect(header).toEqual(table.columns.map((c) => c.label));
      const shown = await tableOf(scope);
      const visible = table.columns.flatMap((c, at) => (c.type === "id" ? [] : [{ c, at }]));
      expect(shown.header).toEqual(visible.map(({ c }) => c.label));
      const asShown = lines.map((line) =>
        visible.map(({ c, at }) => {
          const cell = line[at] ?? "";
          const value = cell === "" ? null : c.type === "text" || c.type === "date" ? cell : Number(cell);
          return formatReportValue(c.type, value, "en-US");
        }),
      );
      expect(asShown).toEqual(shown.rows);
      return { name: file.name, lines, columns: table.columns };
    };

    test(
      "visits over two Kolkata days: the delivery log shows a retried delivery, Reports shows the exact numbers, a chart, filters and CSVs equal to the tables",
      { timeout: 240_000 },
      async ({ onTestFailed }) => {
        // 1. The marketer subscribes the CRM's endpoint to emails given and goals reached.
        const marketer = await marketerPage(onTestFailed, DAY_1_AT);
        const { page, nav } = marketer;
        await nav.getByRole("link", { name: "Settings", exact: true }).click();
        await page
          .getByRole("navigation", { name: "Settings sections" })
          .getByRole("link", { name: "Webhooks" })
          .click();
        await page.getByRole("heading", { name: "Webhooks" }).waitFor();
        await page.getByRole("button", { name: "Add subscription" }).click();
        const url = `${suite.receiver.url}/parley`;
        await page.getByLabel("Endpoint URL").fill(url);
        await page.getByLabel("Description").fill("CRM sync");
        for (const type of SUBSCRIBED) await tick(page.getByRole("checkbox", { name: type, exact: true }));
        await page.getByRole("button", { name: "Create subscription" }).click();
        const secretPanel = page.getByRole("region", { name: `Signing secret for ${url}` });
        const secret = (await secretPanel.locator(".code-box code").innerText()).trim();
        expect(secret).toMatch(/^whsec_/);
        await secretPanel.getByRole("button", { name: "I have stored it" }).click();
        const subscription = page.getByRole("region", { name: url });
        await subscription.getByText("Nothing sent yet.").waitFor();

        // 2. Day 1 (10 May in Kolkata): one visitor answers and leaves at the email card, one gives an email.
        //    The receiver answers the first call 500: that delivery is retried.
        suite.receiver.script(500);
        await apiVisitor("answers");
        await apiVisitor("gives an email", "ravi@day-one.test");
        const day1 = await receivedCalls(2);
        verifySignatures(day1, secret, DAY_1_AT);
        const failedType = String(day1[0]!.headers["x-parley-event"]);
        const failedId = String(day1[0]!.headers["x-parley-delivery"]);
        expect(day1.map((c) => c.headers["x-parley-event"]).sort()).toEqual([...SUBSCRIBED]);
        const emailCall = day1.find((c) => c.headers["x-parley-event"] === "activity.email_given")!;
        expect(JSON.parse(emailCall.body)).toMatchObject({
          type: "activity.email_given",
          siteId: suite.site.id,
          createdAt: DAY_1_AT,
          data: { email: "ravi@day-one.test", dialogueId: suite.dialogueId },
        });

        // The log (opened again) shows the failed one retrying with its 500, the other delivered.
        await page.reload();
        const log = subscription.getByRole("table", { name: "Deliveries" });
        await log.waitFor();
        const otherType = SUBSCRIBED.find((t) => t !== failedType)!;
        // (The receiver has the calls a moment before the server records their outcome: the log is read
        // again while a delivery is in flight.)
        await expect
          .poll(() => sortedRows(log))
          .toEqual(
            sortRows([
              { status: "Retrying", type: failedType, code: "500", attempts: "1" },
              { status: "Delivered", type: otherType, code: "200", attempts: "1" },
            ]),
          );

        // 3. The retry comes due (the first wait is at most 1.25 × a minute): the receiver now answers 200,
        //    with the same delivery id and body; the log, refreshing while something is in flight, says so.
        await suite.server.advanceClock(2 * RETRY_BASE_MS);
        const retried = (await receivedCalls(3))[2]!;
        expect(retried.headers["x-parley-delivery"]).toBe(failedId);
        expect(retried.body).toBe(day1[0]!.body);
        const afterRetry = new Date(Date.parse(DAY_1_AT) + 2 * RETRY_BASE_MS).toISOString();
        verifySignatures([retried], secret, afterRetry);
        await expect
          .poll(() => sortedRows(log), { timeout: 15_000 })
          .toEqual(
            sortRows([
              { status: "Delivered", type: failedType, code: "200", attempts: "2" },
              { status: "Delivered", type: otherType, code: "200", attempts: "1" },
            ]),
          );
        // Its details list both attempts: the 500, then the 200.
        const failedRow = log.locator("tbody tr", { has: page.getByText(failedType, { exact: true }) });
        await failedRow.getByRole("button", { name: "Details" }).click();
        const attempts = log.locator(".webhook-attempts > li");
        await expect.poll(() => attempts.count()).toBe(2);
        expect(await attempts.nth(0).innerText()).toMatch(/^#1 · .* · 500 · \d+ ms · HTTP 500/);
        expect(await attempts.nth(1).innerText()).toMatch(/^#2 · .* · 200 · \d+ ms/);
        expect(await log.getByText(failedId, { exact: true }).count()).toBe(1);

        // 4. Day 2 (11 May in Kolkata, still 10 May in UTC): a visitor in Chromium gives an email, another
        //    through the API too, a third only starts the dialogue.
        const now = await suite.server.advanceClock(0);
        await suite.server.advanceClock(Date.parse(DAY_2_AT) - Date.parse(now));
        await browserVisitor(onTestFailed, "grace@day-two.test");
        await apiVisitor("gives an email", "ada@day-two.test");
        await apiVisitor("starts");
        const all = await receivedCalls(7);
        verifySignatures(all.slice(3), secret, DAY_2_AT);
        const emails = all
          .filter((c) => c.headers["x-parley-event"] === "activity.email_given" && c !== retried)
          .map((c) => (JSON.parse(c.body) as { data: { email: string } }).data.email);
        expect(emails.sort()).toEqual(["ada@day-two.test", "grace@day-two.test", "ravi@day-one.test"]);
        await page.reload();
        await log.waitFor();
        const delivered = (type: string) => ({ status: "Delivered", type, code: "200", attempts: "1" });
        await expect
          .poll(() => sortedRows(log), { timeout: 15_000 })
          .toEqual(
            sortRows([
              { status: "Delivered", type: failedType, code: "200", attempts: "2" },
              delivered(otherType),
              ...SUBSCRIBED.flatMap((type) => [delivered(type), delivered(type)]),
            ]),
          );

        // 5. Reports, read on day 2 from Los Angeles: the last 30 of the site's days (12 April – 11 May).
        await page.clock.setFixedTime(new Date(DAY_2_AT));
        await nav.getByRole("link", { name: "Reports", exact: true }).click();
        await page.getByRole("heading", { name: "Reports", level: 1 }).waitFor();
        await page.getByText("Apr 12, 2027 – May 11, 2027, Asia/Kolkata time").waitFor();
        await waitForReport(page);
        // Five started it, four answered, three gave an email (and reached the goal, and finished).
        expect(await reportCards(page)).toEqual({
          Triggered: "5",
          Engaged: "4",
          Completed: "3",
          "People acquired": "3",
          "Meetings booked": "0",
          "Goals reached": "3",
          "Engagement rate": "80%",
          "Conversion rate": "75%",
        });
        const trend = reportSection(page, "By day");
        await expect.poll(() => paintedPixels(trend)).toBeGreaterThan(500);
        const days = await tableOf(trend);
        expect(days.header).toEqual([
          "Day",
          "Triggered",
          "Engaged",
          "Completed",
          "People acquired",
          "Meetings booked",
          "Goals reached",
        ]);
        expect(days.rows).toHaveLength(30);
        // Both days are 10 May in UTC; in Kolkata they are two days.
        expect(days.rows.filter((row) => row.slice(1).some((n) => n !== "0"))).toEqual([
          ["May 10, 2027", "2", "2", "1", "1", "0", "1"],
          ["May 11, 2027", "3", "2", "2", "2", "0", "2"],
        ]);
        const top = reportSection(page, "Top dialogues");
        await expect.poll(() => paintedPixels(top)).toBeGreaterThan(500);
        expect((await tableOf(top)).rows).toEqual([
          [DIALOGUE, "dialogue", "5", "4", "3", "3", "0", "3", "80%", "75%"],
        ]);

        // The CSVs of the trend and of the top dialogues are the tables' rows (ids kept).
        const trendCsv = await exportMatchesTable(trend, "By day");
        expect(trendCsv.name).toBe("overview-trend-2027-04-12-2027-05-11.csv");
        expect(trendCsv.lines.filter((line) => line[0] === "2027-05-11")).toEqual([
          ["2027-05-11", "3", "2", "2", "2", "0", "2"],
        ]);
        const topCsv = await exportMatchesTable(top, "Top dialogues");
        expect(topCsv.lines).toEqual([
          [suite.dialogueId, DIALOGUE, "dialogue", "5", "4", "3", "3", "0", "3", "0.8", "0.75"],
        ]);

        // 6. Known visitors: a conversation is known when its visitor had given an email before it
        //    started. Every visitor here gave theirs in a conversation they started anonymous, so
        //    all of it (emails, goals and ends too) is counted unknown: nothing is known.
        await chooseOption(page, "Visitors", "Known visitors");
        await page.getByText("Nothing was counted in these days").waitFor();
        expect(new URL(page.url()).searchParams.get("visitors")).toBe("known");
        await waitForReport(page);
        expect(await reportCards(page)).toEqual({
          Triggered: "0",
          Engaged: "0",
          Completed: "0",
          "People acquired": "0",
          "Meetings booked": "0",
          "Goals reached": "0",
          "Engagement rate": "—",
          "Conversion rate": "—",
        });
        await chooseOption(page, "Visitors", "Unknown visitors");
        await expect.poll(() => reportCard(page, "Triggered").innerText()).toBe("5");
        await waitForReport(page);
        expect(await reportCards(page)).toMatchObject({ "People acquired": "3", "Goals reached": "3" });

        // 7. All visitors, today only: today is 11 May in Kolkata (10 May for the viewer and in UTC).
        await chooseOption(page, "Visitors", "All visitors");
        await chooseOption(page, "Days", "Today");
        await page.getByText("May 11, 2027 – May 11, 2027, Asia/Kolkata time").waitFor();
        await expect.poll(() => reportCard(page, "Triggered").innerText()).toBe("3");
        await waitForReport(page);
        expect(await reportCards(page)).toEqual({
          Triggered: "3",
          Engaged: "2",
          Completed: "2",
          "People acquired": "2",
          "Meetings booked": "0",
          "Goals reached": "2",
          "Engagement rate": "66.7%",
          "Conversion rate": "100%",
        });
        expect((await tableOf(trend)).rows).toEqual([["May 11, 2027", "3", "2", "2", "2", "0", "2"]]);
        const todayCsv = await exportMatchesTable(trend, "By day");
        expect(todayCsv.name).toBe("overview-trend-2027-05-11-2027-05-11.csv");
        expect(todayCsv.lines).toEqual([["2027-05-11", "3", "2", "2", "2", "0", "2"]]);
        expect(marketer.errors).toEqual([]);
      },
    );
  },
);
