import fs from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, type onTestFailed, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { ensureWebBuild } from "./support/ensureWebBuild";
import { launchBrowser, saveScreenshot } from "./support/launchBrowser";
import { MeetingsSeed } from "./support/meetingsSeed";
import { chooseOption } from "./support/selectField";
import { signIn } from "./support/signIn";
import { tick } from "./support/tick";
import { type Site, WidgetAdmin } from "./support/widgetApi";
import { startWidgetServer, type WidgetServer } from "./support/widgetServer";

/** Wednesday 3 March 2027, noon UTC: the server's and the browsers' clocks stand here. */
const FROZEN_AT = "2027-03-03T12:00:00.000Z";
const PASSWORD = "meetings-pass-1";

interface Suite {
  server: WidgetServer;
  browser: Browser;
  admin: WidgetAdmin;
  site: Site;
  seed: MeetingsSeed;
  roles: Map<string, string>;
}

describe.skipIf(!E2E_ENABLED)(`Meetings screens (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = {} as Suite;
  beforeAll(async () => {
    await ensureWebBuild();
    suite.server = await startWidgetServer({ frozenClock: FROZEN_AT });
    suite.browser = await launchBrowser();
    suite.admin = await WidgetAdmin.signIn(suite.server.baseUrl);
    suite.site = await suite.admin.demoSite();
    suite.seed = MeetingsSeed.open(suite.server.dataDir);
    const roles = await suite.admin.request<{ id: string; name: string }[]>("GET", "/api/roles");
    suite.roles = new Map(roles.map((r) => [r.name, r.id]));
  }, 180_000);
  afterAll(async () => {
    await suite.seed?.close();
    await suite.browser?.close();
    await suite.server?.dispose();
  });

  const createUser = async (name: string, email: string, role: string) => {
    const roleId = suite.roles.get(role);
    if (!roleId) throw new Error(`no ${role} role`);
    const user = await suite.admin.request<{ id: string }>("POST", "/api/users", {
      name,
      email,
      password: PASSWORD,
      roleId,
      siteIds: null,
    });
    return { id: user.id, name, email };
  };

  /** A page (en-US, the given zone, its clock at FROZEN_AT) screenshotted if the test fails. */
  const openPage = async (failed: typeof onTestFailed, name: string, timezoneId = "UTC") => {
    const context = await suite.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "en-US",
      timezoneId,
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(FROZEN_AT));
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    failed(async () => {
      console.error(`Screenshot of the failure: ${await saveScreenshot(page, name)}`);
      if (errors.length) console.error(`Page errors:\n${errors.join("\n")}`);
    });
    return page;
  };

  test(
    "a calendar agent sets their availability (zone, several blocks a day, rules, days off), is told at the field what is wrong, and a reload shows what was saved",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const grace = await createUser("Grace Hopper", "grace@example.com", "Calendar agent");
      const page = await openPage(onTestFailed, "meetings-availability");
      await signIn(page, suite.server.baseUrl, grace.email, PASSWORD);
      await page.getByRole("button", { name: /account menu/ }).click();
      await page.getByRole("menuitem", { name: "My availability and calendars" }).click();
      await page.getByRole("heading", { name: "My availability", level: 1 }).waitFor();
      await page.getByText("Not set up yet: visitors cannot book you until this is saved.").waitFor();

      // The zone by typing part of its name.
      const zone = page.getByRole("combobox", { name: "Time zone" });
      await zone.fill("berl");
      await page.getByRole("option", { name: "Europe/Berlin" }).click();

      // A working week is suggested; Monday gets a lunch break, Friday is off.
      const field = (label: string) => page.getByLabel(label, { exact: true });
      await field("Monday block 1 end").fill("12:00");
      await page.getByRole("button", { name: "Add block on Monday" }).click();
      await field("Monday block 2 start").fill("13:00");
      await page.getByRole("button", { name: "Remove Friday block 1" }).click();
      await field("Tuesday block 1 end").fill("08:00");
      await field("Meeting length (minutes)").fill("45");
      expect(await field("Minimum notice (hours)").inputValue()).toBe("24");
      await field("Minimum notice (hours)").fill("48");
      await field("At most meetings per day").fill("0");

      // A holiday, and a day with other hours.
      await page.getByRole("button", { name: "Add a day off or special hours" }).click();
      await page.getByLabel("Day", { exact: true }).nth(0).fill("2027-03-15");
      await page.getByRole("button", { name: "Add a day off or special hours" }).click();
      await page.getByLabel("Day", { exact: true }).nth(1).fill("2027-03-16");
      await tick(page.getByRole("switch", { name: "Not available all day" }).nth(1), false);
      await field("2027-03-16 block 1 end").fill("11:30");

      // Two mistakes: each is named at its field, and nothing is saved.
      await page.getByRole("button", { name: "Save availability" }).click();
      await page.getByText("Please correct the fields marked above.").waitFor();
      const tuesdayEnd = field("Tuesday block 1 end");
      expect(await tuesdayEnd.getAttribute("aria-invalid")).toBe("true");
      const endError = page.locator(".field-error", { hasText: "Must end after it starts" });
      expect(await tuesdayEnd.getAttribute("aria-describedby")).toContain(await endError.getAttribute("id"));
      await page.locator(".field-error", { hasText: "Between 1 and 50 meetings" }).waitFor();
      await saveScreenshot(page, "meetings-availability-errors");
      const before = await suite.admin.request<{ configured: boolean }>(
        "GET",
        `/api/agents/${grace.id}/meeting-availability`,
      );
      expect(before.configured).toBe(false);

      await tuesdayEnd.fill("16:00");
      await field("At most meetings per day").fill("4");
      await page.getByRole("button", { name: "Save availability" }).click();
      await page.getByText("Availability saved.").waitFor();

      const saved = await suite.admin.request<Record<string, unknown>>(
        "GET",
        `/api/agents/${grace.id}/meeting-availability`,
      );
      expect(saved).toMatchObject({
        configured: true,
        timeZone: "Europe/Berlin",
        schedule: {
          blocks: [
            { day: 1, start: "09:00", end: "12:00" },
            { day: 1, start: "13:00", end: "17:00" },
            { day: 2, start: "09:00", end: "16:00" },
            { day: 3, start: "09:00", end: "17:00" },
            { day: 4, start: "09:00", end: "17:00" },
          ],
        },
        meetingMinutes: 45,
        noticeMinutes: 48 * 60,
        dailyCap: 4,
        overrides: [
          { date: "2027-03-15", blocks: [] },
          { date: "2027-03-16", blocks: [{ start: "09:00", end: "11:30" }] },
        ],
      });

      // A reload reads it all back.
      await page.reload();
      await page.getByRole("heading", { name: "My availability", level: 1 }).waitFor();
      // The heading shows before the saved availability has loaded: wait for the form to hold it.
      await expect
        .poll(() => page.getByRole("combobox", { name: "Time zone" }).inputValue())
        .toBe("Europe/Berlin");
      expect(await field("Monday block 2 start").inputValue()).toBe("13:00");
      expect(await field("Tuesday block 1 end").inputValue()).toBe("16:00");
      expect(await page.getByRole("button", { name: "Remove Friday block 1" }).count()).toBe(0);
      expect(await field("Meeting length (minutes)").inputValue()).toBe("45");
      expect(await field("Minimum notice (hours)").inputValue()).toBe("48");
      expect(await page.getByLabel("Day", { exact: true }).nth(0).inputValue()).toBe("2027-03-15");
      expect(await page.getByLabel("Day", { exact: true }).nth(1).inputValue()).toBe("2027-03-16");
      expect(await field("2027-03-16 block 1 end").inputValue()).toBe("11:30");
      expect(await page.getByText("Not set up yet").count()).toBe(0);
      await saveScreenshot(page, "meetings-availability-saved");
    },
  );

  test(
    "a connection that needs attention is shown to its agent with the last error, and to the admin on the hosts screen",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const kate = await createUser("Katherine Johnson", "katherine@example.com", "Calendar agent");
      await suite.seed.brokenCalDav(
        kate.id,
        FROZEN_AT,
        "The calendar server refused the user name or password (401)",
      );
      const page = await openPage(onTestFailed, "meetings-calendars");
      await signIn(page, suite.server.baseUrl, kate.email, PASSWORD);
      await page.goto(`${suite.server.baseUrl}/app/account/calendars`);
      const calendars = page.getByRole("list", { name: "Calendars" });
      await calendars.waitFor();
      // The built-in calendar is always there, and says why.
      await calendars.getByRole("heading", { name: "Parley calendar" }).waitFor();
      expect(await calendars.innerText()).toContain("Meetings booked in Parley block their time");
      const broken = calendars.getByRole("listitem", { name: "Work calendar" });
      await broken.getByText("Needs attention — re-enter the password").waitFor();
      expect(await broken.innerText()).toContain(
        "Last error: The calendar server refused the user name or password (401)",
      );
      await broken.getByRole("button", { name: "Re-enter the password" }).click();
      await broken.getByLabel("Password or app password").waitFor();
      await saveScreenshot(page, "meetings-calendar-needs-attention");

      const adminPage = await openPage(onTestFailed, "meetings-hosts");
      await signIn(adminPage, suite.server.baseUrl, "admin@example.com", "correct-horse-1");
      await adminPage.goto(`${suite.server.baseUrl}/app/settings/meetings/hosts`);
      const row = adminPage.getByRole("row", { name: /Katherine Johnson/ });
      await row.getByText("Calendar needs attention").waitFor();
      expect(await row.getByText("Not set up — no times to book").count()).toBe(1);
      await row.getByRole("link", { name: "Edit Katherine Johnson's availability and calendars" }).click();
      await adminPage.getByRole("heading", { name: "Katherine Johnson", level: 2 }).waitFor();
      await adminPage
        .getByRole("listitem", { name: "Work calendar" })
        .getByText("Needs attention — re-enter the password")
        .waitFor();
      await saveScreenshot(adminPage, "meetings-host-detail");
    },
  );

  test(
    "a sales admin reads the meetings with their statuses in their own zone, filters them, marks a no-show and undoes it, downloads the CSV of a filter, and sees a cancellation arrive live",
    { timeout: 150_000 },
    async ({ onTestFailed }) => {
      const alan = await createUser("Alan Turing", "alan@example.com", "Calendar agent");
      const dorothy = await createUser("Dorothy Vaughan", "dorothy@example.com", "Calendar agent");
      const sam = await createUser("Sam Sales", "sam@example.com", "Sales admin");
      const dialogues = await suite.admin.request<{ id: string; name: string }[]>(
        "GET",
        `/api/sites/${suite.site.id}/dialogues`,
      );
      const dialogue = dialogues[0];
      if (!dialogue) throw new Error("the demo site has no dialogue");
      const site_id = suite.site.id;
      const meeting = (email: string, host: string, start: string, extra = {}) =>
        suite.seed.meeting({
          site_id,
          user_id: host,
          visitor_email: email,
          starts_at: start,
          ends_at: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
          dialogue_id: dialogue.id,
          ...extra,
        });
      const ada = await meeting("ada@visitors.test", dorothy.id, "2027-03-04T09:00:00.000Z", {
        visitor_name: "Ada Lovelace",
        visitor_time_zone: "Europe/London",
      });
      await meeting("bob@visitors.test", alan.id, "2027-03-02T15:00:00.000Z");
      await meeting("cleo@visitors.test", dorothy.id, "2027-03-05T10:00:00.000Z", {
        status: "cancelled",
        cancel_reason: "Found another time",
      });
      await meeting("dan@visitors.test", alan.id, "2027-03-01T08:00:00.000Z", { status: "no_show" });
      await meeting("eve@visitors.test", dorothy.id, "2027-03-08T13:00:00.000Z", {
        reschedule_count: 1,
        source: "shared",
        dialogue_id: null,
      });

      const page = await openPage(onTestFailed, "meetings-list", "Europe/Berlin");
      const nav = await signIn(page, suite.server.baseUrl, sam.email, PASSWORD);
      await nav.getByRole("link", { name: "Meetings", exact: true }).click();
      await page.getByRole("heading", { name: "Meetings", level: 1 }).waitFor();
      const table = page.getByRole("table", { name: "Meetings" });
      const rows = table.locator("tbody tr");
      const statusOf = async () =>
        Object.fromEntries(
          await rows.evaluateAll((trs) =>
            trs.map((tr) => [
              (tr.querySelector("td[data-label=Visitor] .cell-title") as HTMLElement).innerText,
              (tr.querySelector("td[data-label=Status] .badge") as HTMLElement).innerText,
            ]),
          ),
        );
      await expect.poll(statusOf).toEqual({
        "ada@visitors.test": "Upcoming",
        "bob@visitors.test": "Happened",
        "cleo@visitors.test": "Cancelled",
        "dan@visitors.test": "No-show",
        "eve@visitors.test": "Rescheduled",
      });
      // Times in the viewer's zone (Berlin, an hour ahead of UTC in March).
      expect(await table.locator("thead").innerText()).toContain("TIME (EUROPE/BERLIN)");
      const adaRow = rows.filter({ hasText: "ada@visitors.test" });
      expect(await adaRow.locator("td[data-label=Time]").innerText()).toBe(
        "Thu, Mar 4, 2027\n10:00 AM–10:30 AM",
      );
      expect(await adaRow.locator("td[data-label=Agent]").innerText()).toBe("Dorothy Vaughan");
      expect(await adaRow.locator("td[data-label=Dialogue]").innerText()).toContain(dialogue.name);
      expect(await rows.filter({ hasText: "cleo@" }).innerText()).toContain("Found another time");
      // Before its start a meeting can be cancelled, not marked a no-show.
      expect(await adaRow.getByRole("button", { name: /no-show/ }).count()).toBe(0);
      expect(await adaRow.getByRole("button", { name: /^Cancel the meeting/ }).count()).toBe(1);
      await saveScreenshot(page, "meetings-list");

      const emails = async () => Object.keys(await statusOf()).sort();
      await chooseOption(page, "Status", "Happened");
      await expect.poll(emails).toEqual(["bob@visitors.test"]);
      expect(new URL(page.url()).searchParams.get("status")).toBe("happened");
      await chooseOption(page, "Status", "Any status");
      await chooseOption(page, "Agent", "Alan Turing");
      await expect.poll(emails).toEqual(["bob@visitors.test", "dan@visitors.test"]);
      await page.getByRole("button", { name: "Clear filters" }).click();
      const starts = page.getByRole("group", { name: "Starts" });
      // Berlin days: 4 and 5 March.
      await starts.getByLabel("From").fill("2027-03-04");
      await starts.getByLabel("To").fill("2027-03-05");
      await expect.poll(emails).toEqual(["ada@visitors.test", "cleo@visitors.test"]);
      await page.getByRole("button", { name: "Clear filters" }).click();
      await page.getByRole("searchbox", { name: "Search meetings" }).fill("lovelace");
      await expect.poll(emails).toEqual(["ada@visitors.test"]);
      await page.getByRole("button", { name: "Clear search" }).click();
      await expect.poll(async () => (await emails()).length).toBe(5);

      // Bob's meeting has happened: a no-show, then undone; the server keeps each.
      const bobRow = rows.filter({ hasText: "bob@visitors.test" });
      await bobRow.getByRole("button", { name: /^Mark the meeting with bob@visitors.test/ }).click();
      await bobRow.locator(".badge", { hasText: "No-show" }).waitFor();
      const stored = async (email: string) => {
        const list = await suite.admin.request<{ items: { visitorEmail: string; status: string }[] }>(
          "GET",
          `/api/sites/${site_id}/meetings?q=${encodeURIComponent(email)}`,
        );
        return list.items.map((m) => m.status);
      };
      expect(await stored("bob@visitors.test")).toEqual(["no_show"]);
      await bobRow.getByRole("button", { name: /^Undo the no-show/ }).click();
      await bobRow.locator(".badge", { hasText: "Happened" }).waitFor();
      expect(await stored("bob@visitors.test")).toEqual(["happened"]);

      // The CSV of a filter holds that filter's meetings.
      await chooseOption(page, "Status", "No-show");
      await expect.poll(emails).toEqual(["dan@visitors.test"]);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Export CSV" }).click(),
      ]);
      const csv = fs.readFileSync((await download.path()) as string, "utf8");
      expect(csv).toContain("dan@visitors.test");
      expect(csv).not.toContain("bob@visitors.test");
      expect(csv).not.toContain("ada@visitors.test");
      expect(csv.trim().split(/\r?\n/)).toHaveLength(2);

      // Cancelled elsewhere (the API): the open list shows it without a reload.
      await chooseOption(page, "Status", "Any status");
      await expect.poll(async () => (await emails()).length).toBe(5);
      await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
      await suite.admin.request("PATCH", `/api/meetings/${ada}`, { status: "cancelled", reason: "Ill" });
      await adaRow.locator(".badge", { hasText: "Cancelled" }).waitFor();
      expect(await page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(
        true,
      );
      await cancelFromTheList(page, rows.filter({ hasText: "eve@visitors.test" }));
      expect(await stored("eve@visitors.test")).toEqual(["cancelled"]);
    },
  );
});

/** Cancels a row's meeting through its dialog, with a reason, and waits for the badge. */
async function cancelFromTheList(page: Page, row: Locator): Promise<void> {
  await row.getByRole("button", { name: /^Cancel the meeting/ }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.getByLabel("Reason (optional)").fill("The visitor wrote to say so");
  await dialog.getByRole("button", { name: "Cancel meeting" }).click();
  await dialog.waitFor({ state: "detached" });
  await row.locator(".badge", { hasText: "Cancelled" }).waitFor();
  expect(await row.innerText()).toContain("The visitor wrote to say so");
}
