import ICAL from "ical.js";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, type onTestFailed, test } from "vitest";
import { parseInvite } from "../apps/server/src/testing/parseInvite";
import {
  hasRadicale,
  RADICALE_BIN,
  type Radicale,
  type RadicaleUser,
  startRadicale,
} from "../apps/server/src/testing/radicale";
import { type ReceivedMail, type SmtpSink, startSmtpSink } from "../apps/server/src/testing/smtpSink";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { ensureWebBuild } from "./support/ensureWebBuild";
import { launchBrowser, saveScreenshot } from "./support/launchBrowser";
import { signIn } from "./support/signIn";
import { WidgetAdmin } from "./support/widgetApi";
import { ensureWidgetBuild } from "./support/widgetBuild";
import { chatWindow, launcher, recordedEvents, widget } from "./support/widgetPage";
import { newVisitor } from "./support/widgetSuite";
import { startWidgetServer, type WidgetServer } from "./support/widgetServer";

/**
 * Issue 10's whole path in real Chromium, against one Parley server (clock frozen on Monday
 * 1 March 2027, 08:00 UTC), one Radicale and one loopback SMTP sink. Three zones on purpose: the
 * agent's hours are in Paris (CET, UTC+1), their browser in London (GMT, UTC+0, en-GB), the
 * visitor's in New York (EST, UTC−5, en-US). Tuesday 10:00–11:00 Paris is busy in the agent's CalDAV calendar:
 * 09:00–10:00 UTC, 04:00–05:00 in New York.
 */
const NOW = "2027-03-01T08:00:00.000Z";
const AGENT = { name: "Grace Hopper", email: "grace@example.com", password: "meetings-pass-1" };
const VISITOR_EMAIL = "ada@analytical.test";
const AGENT_BROWSER: BrowserContextOptions = { timezoneId: "Europe/London", locale: "en-GB" };
const VISITOR_BROWSER: BrowserContextOptions = { timezoneId: "America/New_York", locale: "en-US" };
/** The time the visitor books: Tuesday 11:00 Paris, 05:00 New York, right after the busy hour. */
const BOOKED_START = "2027-03-02T10:00:00.000Z";
const BOOKED_END = "2027-03-02T10:30:00.000Z";

/** What the agent's calendar app wrote: a Paris-time event with its VTIMEZONE, as Thunderbird does. */
const BUSY_EVENT = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Parley e2e//Calendar app//EN",
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Paris",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
  "BEGIN:VEVENT",
  "UID:dentist-20270302@grace.example",
  "DTSTAMP:20270225T120000Z",
  "DTSTART;TZID=Europe/Paris:20270302T100000",
  "DTEND;TZID=Europe/Paris:20270302T110000",
  "SUMMARY:Dentist",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

interface Suite {
  radicale: Radicale;
  sink: SmtpSink;
  server: WidgetServer;
  browser: Browser;
  admin: WidgetAdmin;
  account: RadicaleUser;
  calendarUrl: string;
}

/** One VEVENT of a calendar object, read with ical.js. */
interface ReadEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  sequence: number;
}

function readEvent(ics: string): ReadEvent {
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
  if (events.length !== 1) throw new Error(`the calendar object holds ${events.length} events`);
  const event = events[0] as ICAL.Component;
  const instant = (name: string) => (event.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();
  return {
    uid: String(event.getFirstPropertyValue("uid")),
    summary: String(event.getFirstPropertyValue("summary")),
    start: instant("dtstart"),
    end: instant("dtend"),
    sequence: Number(event.getFirstPropertyValue("sequence") ?? 0),
  };
}

/** The meeting's link of this kind from the visitor's invitation text. */
function linkIn(mail: ReceivedMail, kind: "reschedule" | "cancel"): string {
  const links = mail.text.match(/https?:\/\/\S+\/meetings\/manage\?token=[\w.-]+(&action=cancel)?/g) ?? [];
  const link = links.find((l) => l.endsWith("&action=cancel") === (kind === "cancel"));
  if (!link) throw new Error(`no ${kind} link in the invitation:\n${mail.text}`);
  return link;
}

describe.skipIf(!E2E_ENABLED)(
  `Meetings end to end: availability, CalDAV, booking on /demo, invitations, cancel (browser)${E2E_SKIP_NOTE}`,
  () => {
    const suite = {} as Suite;
    // One story: the agent's setup (test 1) is what the visitor books against (test 2) and cancels (test 3).
    const story = {} as { agentPage: Page; meetingUid: string; visitorInvite: ReceivedMail };

    beforeAll(async () => {
      // Asked for but unable to run is a failure, not a skip (as for Chromium).
      if (!hasRadicale)
        throw new Error(`PARLEY_E2E=1 but ${RADICALE_BIN} is missing: apt-get install -y radicale`);
      await ensureWebBuild();
      await ensureWidgetBuild();
      suite.radicale = await startRadicale();
      suite.sink = await startSmtpSink();
      suite.account = await suite.radicale.addUser("grace", "caldav-pass-1");
      suite.calendarUrl = await suite.radicale.createCalendar(suite.account, "work", "Work");
      await suite.radicale.putEvent(suite.account, suite.calendarUrl, "dentist.ics", BUSY_EVENT);
      suite.server = await startWidgetServer({
        frozenClock: NOW,
        env: { SMTP_URL: suite.sink.url, PARLEY_OUTBOUND_ALLOW: "127.0.0.1" },
      });
      suite.browser = await launchBrowser();
      suite.admin = await WidgetAdmin.signIn(suite.server.baseUrl);
      const roles = await suite.admin.request<{ id: string; key: string | null }[]>("GET", "/api/roles");
      const role = roles.find((r) => r.key === "calendar_agent");
      if (!role) throw new Error("no calendar agent role");
      await suite.admin.request("POST", "/api/users", { ...AGENT, roleId: role.id, siteIds: null });
    }, 180_000);
    afterAll(async () => {
      await suite.browser?.close();
      await suite.server?.dispose();
      await suite.sink?.close();
      await suite.radicale?.stop();
    });

    /** A fresh context (newVisitor: screenshots on failure, the widget's API events recorded), its clock at NOW. */
    const openPage = async (failed: typeof onTestFailed, name: string, options: BrowserContextOptions) => {
      const opened = await newVisitor(suite, failed, name, {
        viewport: { width: 1280, height: 900 },
        ...options,
      });
      await opened.page.clock.setFixedTime(new Date(NOW));
      return opened;
    };

    /**
     * The calendar's objects once `done` holds of them. The calendar.write job runs after the
     * commit that queued it; each look pokes the job worker (the harness's clock control, 0 ms).
     */
    const calendarOnce = async (done: (events: ReadEvent[]) => boolean): Promise<ReadEvent[]> => {
      const read = async () =>
        (await suite.radicale.events(suite.account, suite.calendarUrl)).map((o) => readEvent(String(o.data)));
      await expect
        .poll(
          async () => {
            await suite.server.advanceClock(0);
            return done(await read());
          },
          { timeout: 15_000 },
        )
        .toBe(true);
      return read();
    };

    const meetingsTable = (page: Page) => page.getByRole("table", { name: "Meetings" });

    test(
      "the agent sets their hours in Paris and connects their CalDAV calendar in the app; it reads the busy time",
      { timeout: 120_000 },
      async ({ onTestFailed }) => {
        const { page } = await openPage(onTestFailed, "meetings-e2e-agent", AGENT_BROWSER);
        story.agentPage = page;
        await signIn(page, suite.server.baseUrl, AGENT.email, AGENT.password);
        await page.getByRole("button", { name: /account menu/ }).click();
        await page.getByRole("menuitem", { name: "My availability and calendars" }).click();
        await page.getByRole("heading", { name: "My availability", level: 1 }).waitFor();

        // Paris, not the browser's London; Tuesdays 09:00–12:00 only; 30 minutes, 2 hours' notice, 10 days ahead.
        const zone = page.getByRole("combobox", { name: "Time zone" });
        await zone.fill("paris");
        await page.getByRole("option", { name: "Europe/Paris" }).click();
        const field = (label: string) => page.getByLabel(label, { exact: true });
        for (const day of ["Monday", "Wednesday", "Thursday", "Friday"])
          await page.getByRole("button", { name: `Remove ${day} block 1` }).click();
        await field("Tuesday block 1 start").fill("09:00");
        await field("Tuesday block 1 end").fill("12:00");
        await field("Meeting length (minutes)").fill("30");
        await field("Minimum notice (hours)").fill("2");
        await field("Book up to (days ahead)").fill("10");
        await page.getByRole("button", { name: "Save availability" }).click();
        await page.getByText("Availability saved.").waitFor();

        // The calendar: address, login → find → choose → connect.
        await page
          .getByRole("navigation", { name: "Meeting setup" })
          .getByRole("link", { name: "Calendars" })
          .click();
        await page.getByRole("button", { name: "Connect a CalDAV calendar" }).click();
        const form = page.getByRole("form", { name: "Connect a CalDAV calendar" });
        await form.getByLabel("Server address").fill(suite.radicale.url);
        await form.getByLabel("User name").fill(suite.account.username);
        await form.getByLabel("Password or app password").fill(suite.account.password);
        await form.getByRole("button", { name: "Find calendars" }).click();
        const choice = form.getByRole("radio", { name: /^Work/ });
        await choice.waitFor();
        expect(await choice.isChecked()).toBe(true);
        await form.getByRole("button", { name: "Connect calendar" }).click();

        const connection = page
          .getByRole("list", { name: "Calendars" })
          .getByRole("listitem", { name: "Work" });
        await connection.getByText("Connected", { exact: true }).waitFor();
        // Read at the server's frozen now, shown in the browser's London time.
        await connection.getByText("Last read 1 Mar 2027, 08:00 · 1 busy time").waitFor();
        expect(
          await connection
            .getByRole("switch", { name: "Write booked meetings into this calendar" })
            .isChecked(),
        ).toBe(true);
        await saveScreenshot(page, "meetings-e2e-calendar-connected");

        // The Meetings list stays open from here on: what the visitor does arrives without a reload.
        await page
          .getByRole("navigation", { name: "Main" })
          .getByRole("link", { name: "Meetings", exact: true })
          .click();
        await page.getByText("No meetings yet").waitFor();
      },
    );

    test(
      "a visitor in New York books on /demo: their own times without the busy hour; the event lands in Radicale, both invitations arrive, the agent's list shows it",
      { timeout: 120_000 },
      async ({ onTestFailed }) => {
        const { page } = await openPage(onTestFailed, "meetings-e2e-visitor", VISITOR_BROWSER);
        await page.goto(`${suite.server.baseUrl}/demo`);
        await widget(page).locator(".poke").waitFor();
        await launcher(page).click();
        const chat = chatWindow(page);
        await chat.getByRole("button", { name: "See a demo" }).click();
        await chat
          .getByText("Pick a time for a demo with our team. Times are shown in your time zone.")
          .waitFor();

        const card = chat.locator(".mtg").last();
        const tuesday = card.getByRole("button", { name: "Tuesday, March 2", exact: true });
        await tuesday.waitFor();
        await card.getByText("Time zone: Eastern Time").waitFor();
        expect(await card.getByRole("group", { name: "Days" }).getByRole("button").allInnerTexts()).toEqual([
          "Tue\nMar 2",
          "Tue\nMar 9",
        ]);
        expect(await tuesday.getAttribute("aria-pressed")).toBe("true");
        const timesOf = async (day: string) =>
          (
            await card
              .getByRole("group", { name: `Times on ${day}` })
              .getByRole("button")
              .allInnerTexts()
          ).map((t) => t.trim());
        // 09:00–12:00 Paris in New York, less 10:00–11:00 Paris (04:00–05:00 here), busy in Radicale…
        expect(await timesOf("Tuesday, March 2")).toEqual(["3:00 AM", "3:30 AM", "5:00 AM", "5:30 AM"]);
        // …while the next Tuesday, free in the calendar, has them all.
        await card.getByRole("button", { name: "Tuesday, March 9", exact: true }).click();
        expect(await timesOf("Tuesday, March 9")).toEqual([
          "3:00 AM",
          "3:30 AM",
          "4:00 AM",
          "4:30 AM",
          "5:00 AM",
          "5:30 AM",
        ]);
        await tuesday.click();
        await card.getByRole("group", { name: "Times on Tuesday, March 2" }).waitFor();

        await card.getByRole("button", { name: "5:00 AM" }).click();
        await card.getByText("Tuesday, March 2, 5:00 AM").waitFor();
        await card.getByText(`30 min · with ${AGENT.name}`).waitFor();
        await card.getByLabel("Your email").fill(VISITOR_EMAIL);
        await card.getByRole("button", { name: "Book" }).click();
        await card.getByText(`Booked for Tuesday, March 2, 5:00 AM with ${AGENT.name}`).waitFor();
        await chat
          .getByText(`You're all set with ${AGENT.name}! The invitation is on its way to your inbox.`)
          .waitFor();
        await expect
          .poll(async () => (await recordedEvents(page)).filter((e) => e.name === "meeting.booked"))
          .toEqual([
            {
              name: "meeting.booked",
              payload: expect.objectContaining({
                type: "dialogue",
                agentId: expect.stringMatching(/\S/),
                agentName: AGENT.name,
                startsAt: BOOKED_START,
              }),
            },
          ]);

        // Both invitations, each with an invite.ics of the same event.
        const visitorMail = await suite.sink.waitFor(VISITOR_EMAIL);
        const agentMail = await suite.sink.waitFor(AGENT.email);
        story.visitorInvite = visitorMail;
        const visitorInvite = parseInvite(visitorMail);
        const agentInvite = parseInvite(agentMail);
        expect(visitorInvite).toMatchObject({
          contentType: "text/calendar; method=REQUEST",
          method: "REQUEST",
          sequence: 0,
          start: BOOKED_START,
          end: BOOKED_END,
          summary: `Meeting with ${AGENT.name}`,
          organizer: `mailto:${AGENT.email}`,
          attendee: `mailto:${VISITOR_EMAIL}`,
        });
        expect(visitorInvite.uid).toMatch(/@parley$/);
        expect(agentInvite).toMatchObject({ method: "REQUEST", uid: visitorInvite.uid, start: BOOKED_START });
        story.meetingUid = visitorInvite.uid;
        // The visitor reads their own time; the agent theirs (Paris).
        expect(visitorMail.subject).toBe(`Meeting with ${AGENT.name} — Tuesday, March 2, 2027 at 5:00 AM`);
        expect(agentMail.subject).toBe(`New meeting: ${VISITOR_EMAIL} — Tuesday, March 2, 2027 at 11:00 AM`);

        // The calendar.write job put the meeting into the agent's calendar beside the dentist, titled
        // with whom they meet.
        const events = await calendarOnce((all) => all.length === 2);
        expect(events.find((e) => e.uid === story.meetingUid)).toEqual({
          uid: story.meetingUid,
          summary: `Meeting with ${VISITOR_EMAIL}`,
          start: BOOKED_START,
          end: BOOKED_END,
          sequence: 0,
        });

        // The agent's open Meetings list shows it, upcoming, in their browser's London time.
        const agentPage = story.agentPage;
        const row = meetingsTable(agentPage).getByRole("row", { name: new RegExp(VISITOR_EMAIL) });
        await row.waitFor();
        await meetingsTable(agentPage).getByRole("columnheader", { name: "Time (Europe/London)" }).waitFor();
        expect((await row.innerText()).replace(/\s+/g, " ")).toContain(
          `Tue, 2 Mar 2027 10:00–10:30 ${VISITOR_EMAIL} ${AGENT.name} Welcome to Parley Meeting card Upcoming`,
        );
        await saveScreenshot(agentPage, "meetings-e2e-list-upcoming");
      },
    );

    test(
      "the visitor cancels from their mail's link: the event leaves Radicale, CANCEL invitations follow, the agent's list shows it cancelled",
      { timeout: 120_000 },
      async ({ onTestFailed }) => {
        const { page } = await openPage(onTestFailed, "meetings-e2e-cancel", VISITOR_BROWSER);
        await page.goto(linkIn(story.visitorInvite, "cancel"));
        await page.getByText("Tuesday, March 2, 5:00 AM", { exact: true }).waitFor();
        await page.getByLabel("Reason (optional)").fill("Found the answer in the docs");
        await page.getByRole("button", { name: "Yes, cancel it" }).click();
        await page
          .getByRole("status")
          .getByText("Your meeting is cancelled. The host has been told.")
          .waitFor();

        const visitorCancelMail = await suite.sink.waitForNth(VISITOR_EMAIL, 2);
        const agentCancelMail = await suite.sink.waitForNth(AGENT.email, 2);
        expect(visitorCancelMail.subject).toBe(
          `Cancelled: Meeting with ${AGENT.name} — Tuesday, March 2, 2027 at 5:00 AM`,
        );
        expect(agentCancelMail.subject).toBe(
          `Meeting cancelled: ${VISITOR_EMAIL} — Tuesday, March 2, 2027 at 11:00 AM`,
        );
        const visitorCancel = parseInvite(visitorCancelMail);
        const agentCancel = parseInvite(agentCancelMail);
        for (const invite of [visitorCancel, agentCancel])
          expect(invite).toMatchObject({
            contentType: "text/calendar; method=CANCEL",
            method: "CANCEL",
            uid: story.meetingUid,
            sequence: 1,
            start: BOOKED_START,
          });
        expect(agentCancelMail.text).toContain("Found the answer in the docs");

        // Only the dentist is left in the calendar.
        const events = await calendarOnce((all) => all.length === 1);
        expect(events.map((e) => e.summary)).toEqual(["Dentist"]);

        // The agent's open list changes without a reload.
        const row = meetingsTable(story.agentPage).getByRole("row", { name: new RegExp(VISITOR_EMAIL) });
        await row.getByText("Cancelled", { exact: true }).waitFor();
        await row.getByText("Found the answer in the docs").waitFor();
        await saveScreenshot(story.agentPage, "meetings-e2e-list-cancelled");
      },
    );
  },
);
