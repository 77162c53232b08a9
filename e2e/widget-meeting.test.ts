import type { BrowserContext, BrowserContextOptions, Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import type { Site } from "./support/widgetApi";
import { chatWindow, launcher, testPageHtml, transcript, widget } from "./support/widgetPage";
import { newVisitor, type WidgetSuite, widgetSuite } from "./support/widgetSuite";

/**
 * The server's clock stands still on Monday 1 March 2027, 12:00 UTC. The host works in Berlin on
 * Tuesdays 05:00–05:30 and 15:00–16:00 and Wednesdays 15:00–16:00 (30-minute meetings, no notice):
 * 04:00, 14:00, 14:30 UTC on Tuesday, 14:00 and 14:30 on Wednesday. The visitor's browser is in New
 * York (EST, UTC−5), so Tuesday's 04:00 UTC is their Monday, 11:00 PM.
 */
const NOW = "2027-03-01T12:00:00.000Z";
const NEW_YORK = { timezoneId: "America/New_York", locale: "en-US" };

const meetingStream = (hostId: string) => ({
  schemaVersion: 1,
  startCardId: "hi",
  cards: [
    { id: "hi", type: "message", text: "Hello!", next: "meet" },
    {
      id: "meet",
      type: "meeting",
      text: "Pick a time for a demo.",
      routing: { strategy: "specific_agent", agentId: hostId, fallbackToRoundRobin: false },
      booked: "yes",
      notBooked: "no",
    },
    { id: "yes", type: "message", text: "See you soon!" },
    { id: "no", type: "message", text: "Maybe another time." },
  ],
});

interface Host {
  id: string;
  name: string;
}

/** A calendar agent of the site with the availability above (saved through the API). */
async function createHost(suite: WidgetSuite, site: Site, name: string): Promise<Host> {
  const roles = await suite.admin.request<{ id: string; key: string | null }[]>("GET", "/api/roles");
  const role = roles.find((r) => r.key === "calendar_agent");
  if (!role) throw new Error("no calendar agent role");
  const user = await suite.admin.request<{ id: string }>("POST", "/api/users", {
    email: `${name.split(" ")[0]?.toLowerCase()}-${Math.random().toString(36).slice(2, 7)}@example.com`,
    name,
    password: "correct-horse-9",
    roleId: role.id,
    siteIds: [site.id],
  });
  await suite.admin.request("PUT", `/api/agents/${user.id}/meeting-availability`, {
    timeZone: "Europe/Berlin",
    schedule: {
      blocks: [
        { day: 2, start: "05:00", end: "05:30" },
        { day: 2, start: "15:00", end: "16:00" },
        { day: 3, start: "15:00", end: "16:00" },
      ],
    },
    meetingMinutes: 30,
    noticeMinutes: 0,
    horizonDays: 7,
  });
  return { id: user.id, name };
}

/** A site whose dialogue books `host`, its page, a visitor in New York with the chat open. */
async function meetingSite(suite: WidgetSuite, hostName: string) {
  const site = await suite.admin.createSite();
  const host = await createHost(suite, site, hostName);
  await suite.admin.publish(site.id, meetingStream(host.id), { name: "Book a demo" });
  suite.pages.page(`/m-${site.id}`, () => testPageHtml(suite.server.baseUrl, site.siteKey));
  return { site, host, url: `${suite.pages.url}/m-${site.id}` };
}

/** The visitor's page (New York, the browser's clock frozen too), `meeting.booked` recorded. */
async function visitorAt(
  suite: WidgetSuite,
  failed: Parameters<typeof newVisitor>[1],
  name: string,
  url: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; chat: Locator }> {
  const { context, page } = await newVisitor(suite, failed, name, { ...NEW_YORK, ...options });
  await context.addInitScript(() => {
    const booked: unknown[] = [];
    (window as unknown as { __booked: unknown[] }).__booked = booked;
    addEventListener("parley:ready", (event) =>
      (event as CustomEvent).detail.on("meeting.booked", (payload: unknown) => booked.push(payload)),
    );
  });
  await page.clock.setFixedTime(NOW);
  await page.goto(url);
  // The dialogue has started: a poke, the window opening by itself, or (on a phone) the unread badge.
  await widget(page)
    .locator(".poke:not([hidden]), [role=dialog]:not([hidden]), .badge:not([hidden])")
    .first()
    .waitFor();
  if (!(await chatWindow(page).isVisible())) await launcher(page).click();
  const chat = chatWindow(page);
  await chat.getByText("Pick a time for a demo.").waitFor();
  return { context, page, chat };
}

/** The reschedule link of the newest invitation to `email` (this server has no SMTP: mail waits in the outbox). */
async function manageLink(suite: WidgetSuite, email: string): Promise<string> {
  const mails = await suite.admin.request<{ id: string; recipient: string }[]>("GET", "/api/outbox");
  const invitation = mails.find((m) => m.recipient === email);
  if (!invitation) throw new Error(`no mail to ${email}`);
  const { text } = await suite.admin.request<{ text: string | null }>("GET", `/api/outbox/${invitation.id}`);
  const link = /https?:\/\/\S+\/meetings\/manage\?token=[^\s&]+/.exec(text ?? "")?.[0];
  if (!link) throw new Error(`no manage link in: ${text}`);
  return link;
}

const card = (chat: Locator) => chat.locator(".mtg").last();
const day = (chat: Locator, name: string) => card(chat).getByRole("button", { name, exact: true });
const times = async (chat: Locator) =>
  (await card(chat).locator(".tms button").allInnerTexts()).map((t) => t.trim());
const isFocused = (locator: Locator) =>
  locator.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement);

describe.skipIf(!E2E_ENABLED)(`Widget: booking a meeting in the chat (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = widgetSuite({ frozenClock: NOW });

  test(
    "days and times in the visitor's zone; pick, confirm with an email, booked; meeting.booked; a reload shows it booked",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const { url } = await meetingSite(suite, "Grace Hopper");
      const { page, chat } = await visitorAt(suite, onTestFailed, "meeting-book", url);

      // New York's own dates: Berlin's Tuesday 05:00 is Monday 11:00 PM there.
      await day(chat, "Monday, March 1").waitFor();
      expect(
        await card(chat).getByRole("group", { name: "Days" }).getByRole("button").allInnerTexts(),
      ).toEqual(["Mon\nMar 1", "Tue\nMar 2", "Wed\nMar 3"]);
      expect(await day(chat, "Monday, March 1").getAttribute("aria-pressed")).toBe("true");
      expect(await times(chat)).toEqual(["11:00 PM"]);
      await card(chat).getByText("Time zone: Eastern Time").waitFor();
      // The keyboard is on the first day when the card arrives.
      expect(await isFocused(day(chat, "Monday, March 1"))).toBe(true);

      await day(chat, "Tuesday, March 2").click();
      expect(await day(chat, "Tuesday, March 2").getAttribute("aria-pressed")).toBe("true");
      expect(await day(chat, "Monday, March 1").getAttribute("aria-pressed")).toBe("false");
      await card(chat).getByRole("group", { name: "Times on Tuesday, March 2" }).waitFor();
      expect(await times(chat)).toEqual(["9:00 AM", "9:30 AM"]);

      // Confirm: the time, the length and host, an email (the visitor gave none yet).
      await card(chat).getByRole("button", { name: "9:30 AM" }).click();
      await card(chat).getByText("Tuesday, March 2, 9:30 AM").waitFor();
      await card(chat).getByText("30 min · with Grace Hopper").waitFor();
      const email = card(chat).getByLabel("Your email");
      expect(await isFocused(email)).toBe(true);
      await email.fill("ada@");
      await card(chat).getByRole("button", { name: "Book" }).click();
      await card(chat).getByRole("alert").getByText("Please enter a valid email address.").waitFor();
      await email.fill("ada@analytical.test");
      await email.press("Enter");

      await card(chat).getByText("Booked for Tuesday, March 2, 9:30 AM with Grace Hopper").waitFor();
      await chat.getByText("See you soon!").waitFor();
      expect(await card(chat).getByRole("button").count()).toBe(0);
      const booked = await page.evaluate(() => (window as unknown as { __booked: unknown[] }).__booked);
      expect(booked).toEqual([
        expect.objectContaining({
          type: "dialogue",
          name: "Book a demo",
          agentId: expect.stringMatching(/\S/),
          agentName: "Grace Hopper",
          startsAt: "2027-03-02T14:30:00.000Z",
        }),
      ]);

      // Resumed after a reload: the offer's final state, no live picker, no second event.
      await page.reload();
      await widget(page).locator("[role=dialog]").waitFor();
      await chat.getByText("Booked for Tuesday, March 2, 9:30 AM with Grace Hopper").waitFor();
      expect(await chat.locator(".mtg button").count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __booked: unknown[] }).__booked)).toEqual([]);
    },
  );

  test(
    "two visitors pick the same time: the second sees it was just taken, and the fresh times",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const { url } = await meetingSite(suite, "Alan Turing");
      const first = await visitorAt(suite, onTestFailed, "meeting-first", url);
      const second = await visitorAt(suite, onTestFailed, "meeting-second", url);
      for (const { chat } of [first, second]) {
        await day(chat, "Tuesday, March 2").click();
        await card(chat).getByRole("button", { name: "9:00 AM" }).click();
        await card(chat)
          .getByLabel("Your email")
          .fill(`v${Math.random().toString(36).slice(2, 7)}@example.org`);
      }
      await card(first.chat).getByRole("button", { name: "Book" }).click();
      await card(first.chat).getByText("Booked for Tuesday, March 2, 9:00 AM with Alan Turing").waitFor();

      await card(second.chat).getByRole("button", { name: "Book" }).click();
      await card(second.chat)
        .getByRole("alert")
        .getByText("That time was just taken — pick another")
        .waitFor();
      // Back on the same day, without the taken time; the keyboard on the first free one.
      expect(await day(second.chat, "Tuesday, March 2").getAttribute("aria-pressed")).toBe("true");
      expect(await times(second.chat)).toEqual(["9:30 AM"]);
      expect(await isFocused(card(second.chat).getByRole("button", { name: "9:30 AM" }))).toBe(true);
      await card(second.chat).getByRole("button", { name: "9:30 AM" }).click();
      await card(second.chat).getByRole("button", { name: "Book" }).click();
      await card(second.chat).getByText("Booked for Tuesday, March 2, 9:30 AM with Alan Turing").waitFor();
    },
  );

  test(
    "on a phone: the card fits the screen; No thanks declines and the dialogue takes its not-booked branch",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const { url } = await meetingSite(suite, "Ada Lovelace");
      const { page, chat } = await visitorAt(suite, onTestFailed, "meeting-decline", url, {
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      await day(chat, "Tuesday, March 2").click();
      // Nothing sticks out sideways (the days row scrolls inside the card, the times wrap).
      const fits = await card(chat).evaluate((el) => {
        const box = el.getBoundingClientRect();
        const inside = Array.from(el.querySelectorAll("button")).filter((b) => !b.closest(".dys"));
        return (
          box.right <= window.innerWidth && inside.every((b) => b.getBoundingClientRect().right <= box.right)
        );
      });
      expect(fits).toBe(true);
      await card(chat).getByRole("button", { name: "No thanks" }).click();
      await chat.getByText("Maybe another time.").waitFor();
      await card(chat).getByText("No meeting booked.").waitFor();
      expect(await chat.locator(".mtg button").count()).toBe(0);
      expect(await transcript(chat)).toEqual(
        expect.arrayContaining([
          expect.stringContaining("No meeting booked."),
          expect.stringContaining("Maybe another time."),
        ]),
      );
      expect(await page.evaluate(() => (window as unknown as { __booked: unknown[] }).__booked)).toEqual([]);
    },
  );
  // Last: it moves the server's clock past the meeting.
  test(
    "the visitor's link: the manage page reschedules, then cancels with a reason; a cancelled meeting, an altered link and a past meeting say so",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const { site, url } = await meetingSite(suite, "Barbara Liskov");
      const { chat } = await visitorAt(suite, onTestFailed, "meeting-manage-book", url);
      const visitorEmail = `bl${Math.random().toString(36).slice(2, 7)}@example.org`;
      await day(chat, "Tuesday, March 2").click();
      await card(chat).getByRole("button", { name: "9:00 AM" }).click();
      await card(chat).getByLabel("Your email").fill(visitorEmail);
      await card(chat).getByRole("button", { name: "Book" }).click();
      await card(chat).getByText("Booked for Tuesday, March 2, 9:00 AM with Barbara Liskov").waitFor();
      await expect
        .poll(() => manageLink(suite, visitorEmail).catch(() => ""), { timeout: 15_000 })
        .toMatch(/token=/);
      const link = await manageLink(suite, visitorEmail);
      // Another visitor's meeting, left as it is (its link is used once the meeting is over).
      const another = await visitorAt(suite, onTestFailed, "meeting-manage-other", url);
      const otherEmail = `bo${Math.random().toString(36).slice(2, 7)}@example.org`;
      await day(another.chat, "Wednesday, March 3").click();
      await card(another.chat).getByRole("button", { name: "9:00 AM" }).click();
      await card(another.chat).getByLabel("Your email").fill(otherEmail);
      await card(another.chat).getByRole("button", { name: "Book" }).click();
      await card(another.chat)
        .getByText("Booked for Wednesday, March 3, 9:00 AM with Barbara Liskov")
        .waitFor();
      await expect
        .poll(() => manageLink(suite, otherEmail).catch(() => ""), { timeout: 15_000 })
        .toMatch(/token=/);
      const other = await manageLink(suite, otherEmail);

      const { page } = await newVisitor(suite, onTestFailed, "meeting-manage", NEW_YORK);
      const response = await page.goto(link);
      // Only the page's own script and style; the token never leaves in a referrer.
      expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
      expect(response?.headers()["content-security-policy"]).toContain("default-src 'none'");
      expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
      await page.getByRole("heading", { name: "Your meeting" }).waitFor();
      await page.getByText("Tuesday, March 2, 9:00 AM", { exact: true }).waitFor();
      await page.getByText(`30 min with Barbara Liskov · ${site.name}`).waitFor();
      await page.getByText("Time zone: Eastern Time").waitFor();

      // Reschedule: the chat's days and times, a confirmation, the result.
      await page.getByRole("button", { name: "Choose another time" }).click();
      const monday = page.getByRole("button", { name: "Monday, March 1", exact: true });
      await monday.waitFor();
      expect(await monday.evaluate((el) => el === document.activeElement)).toBe(true);
      const wednesday = page.getByRole("button", { name: "Wednesday, March 3", exact: true });
      await wednesday.click();
      expect(await wednesday.getAttribute("aria-pressed")).toBe("true");
      await page.getByRole("button", { name: "9:30 AM" }).click();
      await page.getByText("Move the meeting to Wednesday, March 3, 9:30 AM?").waitFor();
      await page.getByRole("button", { name: "Move it" }).click();
      await page
        .getByRole("status")
        .getByText(
          "Done: your meeting is now on Wednesday, March 3, 9:30 AM. An updated invitation is on its way.",
        )
        .waitFor();
      await page.getByText("Wednesday, March 3, 9:30 AM", { exact: true }).waitFor();
      const meetings = () =>
        suite.admin
          .request<{
            items: { start: string; status: string; cancelReason: string | null; visitorEmail: string }[];
          }>("GET", `/api/sites/${site.id}/meetings`)
          .then((list) => list.items.filter((m) => m.visitorEmail === visitorEmail));
      expect((await meetings()).map((m) => [m.start, m.status])).toEqual([
        ["2027-03-03T14:30:00.000Z", "rescheduled"],
      ]);

      // The cancel link: straight to the confirmation, the keyboard on the reason.
      await page.goto(`${link}&action=cancel`);
      const reason = page.getByLabel("Reason (optional)");
      await reason.waitFor();
      expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
      await reason.fill("Something came up");
      await page.getByRole("button", { name: "Yes, cancel it" }).click();
      await page
        .getByRole("status")
        .getByText("Your meeting is cancelled. The host has been told.")
        .waitFor();
      expect((await meetings()).map((m) => [m.status, m.cancelReason])).toEqual([
        ["cancelled", "Something came up"],
      ]);
      await page.reload();
      await page.getByText("This meeting was cancelled.").waitFor();
      expect(await page.getByRole("button").count()).toBe(0);

      // In the browser's language.
      const german = await newVisitor(suite, onTestFailed, "meeting-manage-de", {
        timezoneId: "Europe/Berlin",
        locale: "de-DE",
      });
      await german.page.goto(link);
      await german.page.getByRole("heading", { name: "Ihr Termin" }).waitFor();
      await german.page.getByText("Dieser Termin wurde abgesagt.").waitFor();

      // A link someone altered, and (after the meeting) a link of a meeting that can no longer move.
      await page.goto(link.replace(/token=([^.]+)\.(\d+)\./, "token=$1.9$2."));
      await page
        .getByRole("alert")
        .getByText("This link is not valid. Use the link from your latest invitation.")
        .waitFor();
      await suite.server.advanceClock(3 * 24 * 3_600_000);
      await page.goto(other);
      await page.getByText("Wednesday, March 3, 9:00 AM", { exact: true }).waitFor();
      await page
        .getByText(
          "This meeting can no longer be changed online. Reply to your invitation to reach the host.",
        )
        .waitFor();
      expect(await page.getByRole("button").count()).toBe(0);
    },
  );
});
