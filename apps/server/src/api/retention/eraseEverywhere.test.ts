import type { CalendarConnection } from "@parley/protocol/meetings";
import type { Erasure } from "@parley/protocol/retention";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CALENDAR_ERASE_JOB } from "../../domain/retention/eraseCalendarEvents";
import { ERASED_MAIL_SUBJECT } from "../../domain/retention/eraseOutboxMail";
import { seedPerson } from "../../domain/retention/retentionSeed";
import { enqueueCalendarWrite } from "../../calendar/enqueueCalendarWrite";
import { insertTestMeeting } from "../../calendar/testMeetingRow";
import { randomToken } from "../../lib/ids";
import { nowIso } from "../../lib/clock";
import { queueMail } from "../../mail/queueMail";
import { VISITOR_ERASED_CLOSE } from "../../realtime/realtimeRoutes";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser } from "../../testing/factories";
import { mailTestRig } from "../../testing/mailTestRig";
import { hasRadicale, type Radicale, startRadicale } from "../../testing/radicale";
import { quickSite, TestVisitor } from "../../testing/visitorClient";

const START = "2027-03-01T12:00:00.000Z";
const { sink, clock } = await mailTestRig(START);

/** A loopback TCP relay to `target` that can be taken down and brought back on the same port (a calendar server that goes away). */
async function relay(target: string) {
  const { hostname, port: targetPort } = new URL(target);
  let port = 0;
  let server: net.Server | null = null;
  const open = new Set<net.Socket>();
  const up = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(targetPort), hostname);
        for (const s of [client, upstream]) {
          open.add(s);
          s.on("close", () => open.delete(s));
        }
        client.on("error", () => upstream.destroy());
        upstream.on("error", () => client.destroy());
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const down = () =>
    new Promise<void>((resolve) => {
      for (const s of open) s.destroy();
      if (server) server.close(() => resolve());
      else resolve();
      server = null;
    });
  await up();
  return { url: () => `http://127.0.0.1:${port}/`, up, down };
}

describe.skipIf(!hasRadicale)("erasing a person everywhere (outbox, CalDAV, sockets)", () => {
  let radicale: Radicale;
  beforeAll(async () => {
    radicale = await startRadicale();
  });
  afterAll(async () => {
    await radicale?.stop();
  });

  describeEachDatabase(
    "erase everywhere",
    (server) => {
      beforeAll(() => clock.set(START));
      const db = () => server().parley.ctx.store.db;
      const jobs = () => server().parley.ctx.jobs;

      it("mail about them is not sent, sent mail keeps no body, and their widget's socket closes", async () => {
        const admin = await server().admin();
        const site = await quickSite(admin);
        const me = await admin.get<{ user: { id: string; email: string } }>("/api/auth/me");
        const email = `erin-${randomToken(4).toLowerCase()}@example.com`;
        const person = await seedPerson(db(), { siteId: site.id, dialogueId: "", hostId: "" }, email, START);
        const visitor = await TestVisitor.arrive(server(), site);
        await db()
          .updateTable("visitors")
          .set({ person_id: person })
          .where("id", "=", visitor.visitorId)
          .execute();

        const host = me.body.user;
        const bystander = `someone-${randomToken(4).toLowerCase()}@example.com`;
        const sentId = await db()
          .transaction()
          .execute(async (trx) => {
            // The host's invitation mail names the visitor and carries the transcript.
            await queueMail(trx, {
              kind: "meeting_booked_host",
              userId: host.id,
              to: host.email,
              subject: "New meeting: Erin Example",
              text: `Erin Example booked a meeting.\n\nEmail: ${email.toUpperCase()}\n\nThe conversation:\n\nVisitor: I need a quote`,
            });
            await queueMail(trx, { kind: "transcript", to: email, subject: "Your conversation", text: "…" });
            await queueMail(trx, {
              kind: "transcript",
              to: bystander,
              subject: "Your conversation",
              text: "…",
            });
            return queueMail(trx, {
              kind: "meeting_booked_host",
              userId: host.id,
              to: host.email,
              subject: `New meeting: ${email}`,
              text: `Email: ${email}`,
            });
          });
        // That last one went out before the erasure.
        await db()
          .updateTable("outbox")
          .set({ status: "sent", sent_at: nowIso(), attempts: 1 })
          .where("id", "=", sentId)
          .execute();
        await db().deleteFrom("jobs").where("payload", "like", `%${sentId}%`).execute();

        const erased = await admin.post<Erasure>(`/api/sites/${site.id}/people/${person}/erase`);
        expect(erased.status).toBe(200);
        expect(erased.body.removed.mails).toBe(3);

        // The widget hears it was erased, and its socket closes.
        const told = await visitor.socket.next((f) => f.type === "event");
        expect(told).toMatchObject({ name: "visitor.erased", data: { visitorId: visitor.visitorId } });
        expect(await visitor.socket.closed).toEqual({ code: VISITOR_ERASED_CLOSE, reason: "erased" });

        await jobs().runDue();
        expect(sink.mailsTo(bystander)).toHaveLength(1);
        expect(sink.mailsTo(email)).toHaveLength(0);
        expect(sink.mailsTo(host.email)).toHaveLength(0);
        const sent = await db()
          .selectFrom("outbox")
          .selectAll()
          .where("id", "=", sentId)
          .executeTakeFirstOrThrow();
        expect(sent).toMatchObject({
          status: "sent",
          subject: ERASED_MAIL_SUBJECT,
          text_body: "",
          html_body: null,
          attachments: null,
        });
        const left = await db()
          .selectFrom("outbox")
          .select("id")
          .where((eb) => eb.or([eb("recipient", "=", email), eb("text_body", "like", `%${email}%`)]))
          .execute();
        expect(left).toEqual([]);
      });

      it("their meeting's event leaves the host's CalDAV calendar, also when the calendar was unreachable at first", async () => {
        const admin = await server().admin();
        const agent = await buildUser(server(), admin, "calendar_agent");
        const account = await radicale.addUser(
          `host-${randomToken(4)
            .toLowerCase()
            .replace(/[^a-z0-9]/g, "x")}`,
          "pw-1",
        );
        // The host's calendar server, reached through a relay that can go away.
        const calendarServer = await relay(radicale.url);
        const calendarUrl = (await radicale.createCalendar(account, "work", "Work")).replace(
          radicale.url,
          calendarServer.url(),
        );
        const connected = await agent.client.post<CalendarConnection>("/api/agents/me/calendars", {
          kind: "caldav",
          url: calendarServer.url(),
          username: account.username,
          password: account.password,
          calendarUrl,
        });
        expect(connected.status).toBe(201);
        const site = await quickSite(admin);
        const refs = { siteId: site.id, dialogueId: "", hostId: agent.id };
        const write = async (personId: string, email: string, startsAt: string) => {
          const meeting = await insertTestMeeting(db(), agent.id, {
            site_id: site.id,
            person_id: personId,
            visitor_email: email,
            visitor_name: "Erin Example",
            starts_at: startsAt,
            ends_at: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString(),
          });
          await db()
            .transaction()
            .execute((trx) => enqueueCalendarWrite(trx, meeting.id));
          await jobs().runDue();
          return meeting;
        };
        const events = async () =>
          (await radicale.events(account, calendarUrl.replace(calendarServer.url(), radicale.url)))
            .map((e) => e.url.replace(radicale.url, calendarServer.url()))
            .sort();

        const erin = await seedPerson(db(), refs, "erin@example.com", START);
        const kept = await seedPerson(db(), refs, "kim@example.com", START);
        const erinsMeeting = await write(erin, "erin@example.com", "2027-03-03T15:00:00.000Z");
        const kimsMeeting = await write(kept, "kim@example.com", "2027-03-03T16:00:00.000Z");
        const href = (m: { uid: string }) => `${calendarUrl}${encodeURIComponent(m.uid)}.ics`;
        expect(await events()).toEqual([href(erinsMeeting), href(kimsMeeting)].sort());

        const erased = await admin.post<Erasure>(`/api/sites/${site.id}/people/${erin}/erase`);
        expect(erased.body.removed.calendarEvents).toBe(1);
        await jobs().runDue();
        expect(await events()).toEqual([href(kimsMeeting)]);

        // The calendar server cannot be reached when Kim is erased: the deletion waits in a job and
        // is retried; once the server is back, the event goes.
        await calendarServer.down();
        const second = await admin.post<Erasure>(`/api/sites/${site.id}/people/${kept}/erase`);
        expect(second.body.removed.calendarEvents).toBe(1);
        await jobs().runDue();
        const job = () =>
          db()
            .selectFrom("jobs")
            .select(["status", "attempts", "run_at"])
            .where("kind", "=", CALENDAR_ERASE_JOB)
            .where("status", "in", ["queued", "running", "failed"])
            .executeTakeFirstOrThrow();
        const waiting = await job();
        expect(waiting).toMatchObject({ status: "queued", attempts: 1 });
        expect(await events()).toEqual([href(kimsMeeting)]);

        await calendarServer.up();
        clock.set(waiting.run_at);
        await jobs().runDue();
        expect(await events()).toEqual([]);
        const done = await db()
          .selectFrom("jobs")
          .select("status")
          .where("kind", "=", CALENDAR_ERASE_JOB)
          .where("status", "in", ["queued", "running", "failed"])
          .execute();
        expect(done).toEqual([]);
        await calendarServer.down();
      });
    },
    { env: { PARLEY_OUTBOUND_ALLOW: "127.0.0.1", SMTP_URL: sink.url }, options: { jobs: { start: false } } },
  );
});
