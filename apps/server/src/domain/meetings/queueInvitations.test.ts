import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { interestEmailCompanyStream } from "../../testing/interestEmailCompanyStream";
import { mailTestRig } from "../../testing/mailTestRig";
import { insertMeeting, meetingHost } from "../../testing/meetingFactory";
import { parseInvite } from "../../testing/parseInvite";
import type { ReceivedMail } from "../../testing/smtpSink";
import type { TestServer } from "../../testing/testServer";
import { publishStream, quickSite, TestVisitor } from "../../testing/visitorClient";
import { checkManageToken } from "./manageToken";
import { type InvitationKind, queueInvitations } from "./queueInvitations";

// Monday 1 March 2027; the meeting is on Wednesday 3 March, 15:00 UTC (16:00 in Berlin, 10:00 in New York).
const { sink, clock } = await mailTestRig("2027-03-01T09:00:00.000Z");
const PUBLIC_URL = "https://parley.example";
const START = "2027-03-03T15:00:00.000Z";
const END = "2027-03-03T15:30:00.000Z";
const HOSTILE = "<script>alert(1)</script>";

/** Luxon writes a narrow no-break space before AM/PM: compare words, not space characters. */
const words = (text: string) => text.replace(/\s/g, " ");

/** A real visitor's conversation (interest, email, company), which the meeting is booked from. */
async function bookedConversation(server: TestServer) {
  const admin = await server.admin();
  const site = await quickSite(admin);
  const dialogueId = await publishStream(admin, site.id, interestEmailCompanyStream, { name: "Demo ask" });
  const email = `vera-${crypto.randomUUID().slice(0, 6)}@example.org`;
  const visitor = await TestVisitor.arrive(server, site);
  await visitor.start(dialogueId);
  await visitor.bot("question");
  visitor.send({ kind: "answer", value: "evaluating" });
  await visitor.bot("capture");
  visitor.send({ kind: "answer", value: email });
  await visitor.bot("capture");
  visitor.send({ kind: "answer", value: "Acme" });
  await visitor.bot("message");
  visitor.socket.close();
  const conversation = await server.parley.ctx.store.db
    .selectFrom("conversations")
    .select(["id", "person_id", "visitor_id"])
    .where("id", "=", visitor.conversationId)
    .executeTakeFirstOrThrow();
  const host = await meetingHost(server, admin, site.id, { timeZone: "America/New_York" });
  return { admin, site, dialogueId, email, conversation, host };
}

async function send(server: TestServer, meetingId: string, kind: InvitationKind) {
  const { ctx } = server.parley;
  await ctx.store.db.transaction().execute((trx) => queueInvitations(trx, meetingId, kind));
  ctx.jobs.poke();
}

/** The mail to `address` after the `seen` ones. */
const nextMail = (address: string, seen: number): Promise<ReceivedMail> => sink.waitForNth(address, seen + 1);

describeEachDatabase(
  "meeting invitations",
  (server) => {
    it("the visitor and the host each get a mail with an invitation a calendar reads", async () => {
      const { admin, site, dialogueId, email, conversation, host } = await bookedConversation(server());
      const siteName = (await admin.get<{ name: string }>(`/api/sites/${site.id}`)).body.name;
      const meeting = await insertMeeting(server().parley.ctx.store.db, {
        site_id: site.id,
        user_id: host.id,
        starts_at: START,
        ends_at: END,
        conversation_id: conversation.id,
        person_id: conversation.person_id,
        visitor_id: conversation.visitor_id,
        dialogue_id: dialogueId,
        visitor_email: email,
        visitor_name: HOSTILE,
        visitor_time_zone: "Europe/Berlin",
        language: "de",
        video_url: "https://meet.example/room-1",
      });
      await send(server(), meeting.id, "booked");

      const visitorMail = await sink.waitFor(email);
      // The meeting was booked in German: the default invitation comes in German words.
      expect(visitorMail.subject).toBe(`Termin mit ${host.name} — Mittwoch, 3. März 2027 um 16:00`);
      expect(visitorMail.text).toContain(
        `Ihr Termin mit ${host.name} am Mittwoch, 3. März 2027 um 16:00 (Europe/Berlin) ist gebucht.`,
      );
      expect(visitorMail.text).toContain("https://meet.example/room-1");
      const link = visitorMail.text.match(/https:\/\/parley\.example\/meetings\/manage\?token=([\w.%-]+)/);
      const token = decodeURIComponent(link?.[1] ?? "");
      expect(checkManageToken(server().parley.ctx.secretKey, token, clock.now())).toEqual({
        ok: true,
        meetingId: meeting.id,
        // The default cutoff is 0 hours: the links work until the meeting starts.
        expiresAt: Date.parse(START),
      });
      expect(visitorMail.text).toContain(`${link?.[0]}&action=cancel`);
      // What the visitor typed as their name arrives as text in the HTML part, never as markup.
      expect(visitorMail.text).toContain(`Hallo ${HOSTILE},`);
      expect(visitorMail.html).toContain("Hallo &#60;script&#62;alert(1)&#60;/script&#62;,");
      expect(visitorMail.html).not.toContain("<script");
      expect(visitorMail.html).toContain(
        '<a href="https://meet.example/room-1">https://meet.example/room-1</a>',
      );

      const invite = parseInvite(visitorMail);
      expect(invite).toEqual({
        contentType: "text/calendar; method=REQUEST",
        method: "REQUEST",
        uid: meeting.uid,
        sequence: 0,
        status: "CONFIRMED",
        summary: `Termin mit ${host.name}`,
        description: `Termin mit ${host.name}, gebucht über ${siteName}\nhttps://meet.example/room-1`,
        start: START,
        end: END,
        organizer: `mailto:${host.email}`,
        attendee: `mailto:${email}`,
      });

      const hostMail = await sink.waitFor(host.email);
      expect(words(hostMail.subject)).toBe(`New meeting: ${HOSTILE} — Wednesday, March 3, 2027 at 10:00 AM`);
      const text = words(hostMail.text);
      expect(text).toContain(`${HOSTILE} booked a meeting with you.`);
      expect(text).toContain("When: Wednesday, March 3, 2027 at 10:00 AM (America/New_York), 30 minutes");
      expect(text).toContain(`Email: ${email}`);
      expect(text).toContain("Company: Acme");
      expect(text).toContain("Video: https://meet.example/room-1");
      expect(text).toContain("Dialogue: Demo ask");
      // The conversation the visitor booked in, as its transcript.
      expect(text).toContain(`Conversation ${conversation.id}`);
      expect(text).toContain("Visitor: Acme");
      expect(hostMail.html).not.toContain("<script");
      expect(hostMail.html).toContain("&#60;script&#62;");
      // The same event (UID, SEQUENCE, times) in the host's words.
      expect(parseInvite(hostMail)).toEqual({
        ...invite,
        summary: `Meeting with ${host.name}`,
        description: `Meeting with ${host.name} (${siteName})\nhttps://meet.example/room-1`,
      });
    });

    it("the visitor's mail is the site's own template: its tokens filled, everything typed escaped", async () => {
      const { admin, site, email, conversation, host } = await bookedConversation(server());
      const settings = await admin.patch(`/api/sites/${site.id}/meeting-settings`, {
        meetingTitle: "{{company.name}} × {{site.name}}",
        invitationSubject: "Booked: {{meeting.title}}",
        invitationBody: [
          '<b>Dear</b> {{person.lastName | "guest"}} from {{company.name}},',
          "{{meeting.duration}} with {{agent.name}} ({{agent.email}}), {{meeting.start}} {{meeting.timeZone}}.",
          'Video: {{meeting.videoUrl | "none"}} · Move: {{meeting.rescheduleUrl}}',
        ].join("\n"),
      });
      expect(settings.status).toBe(200);
      const meeting = await insertMeeting(server().parley.ctx.store.db, {
        site_id: site.id,
        user_id: host.id,
        starts_at: START,
        ends_at: "2027-03-03T16:30:00.000Z",
        person_id: conversation.person_id,
        visitor_email: email,
        visitor_time_zone: "Asia/Tokyo",
      });
      await send(server(), meeting.id, "booked");
      const mail = await sink.waitFor(email);
      const siteName = (await admin.get<{ name: string }>(`/api/sites/${site.id}`)).body.name;
      expect(mail.subject).toBe(`Booked: Acme × ${siteName}`);
      const lines = mail.text.split("\n").map(words);
      expect(lines[0]).toBe("<b>Dear</b> guest from Acme,");
      expect(lines[1]).toBe(
        `1 hour, 30 minutes with ${host.name} (${host.email}), Thursday, March 4, 2027 at 12:00 AM Asia/Tokyo.`,
      );
      expect(lines[2]).toMatch(/^Video: none · Move: https:\/\/parley\.example\/meetings\/manage\?token=/);
      expect(mail.html).toContain("&#60;b&#62;Dear&#60;/b&#62; guest from Acme,<br>");
      expect(mail.html).toMatch(/Move: <a href="https:\/\/parley\.example\/meetings\/manage\?token=[^"]+">/);
      expect(parseInvite(mail).summary).toBe(`Acme × ${siteName}`);
    });

    it("a meeting booked inside the site's cutoff is mailed without links that could not work", async () => {
      const { admin, site, email, host } = await bookedConversation(server());
      await admin.patch(`/api/sites/${site.id}/meeting-settings`, { manageCutoffHours: 72 });
      const meeting = await insertMeeting(server().parley.ctx.store.db, {
        site_id: site.id,
        user_id: host.id,
        starts_at: START,
        ends_at: END,
        visitor_email: email,
      });
      await send(server(), meeting.id, "booked");
      const mail = await sink.waitFor(email);
      expect(mail.text).toContain("Need another time?\nCan't make it?");
      expect(mail.text).not.toContain("/meetings/manage");
      expect(mail.html).not.toContain("/meetings/manage");
      expect(parseInvite(mail).method).toBe("REQUEST");
    });

    it("a rescheduled meeting says Updated with a raised SEQUENCE; a cancelled one is a METHOD:CANCEL", async () => {
      const { site, email, host } = await bookedConversation(server());
      const { db } = server().parley.ctx.store;
      const meeting = await insertMeeting(db, {
        site_id: site.id,
        user_id: host.id,
        starts_at: START,
        ends_at: END,
        visitor_email: email,
        visitor_name: "Vera Lynn",
        visitor_time_zone: "Europe/Berlin",
      });
      // What the reschedule command writes before it calls for invitations.
      await db
        .updateTable("meetings")
        .set({
          starts_at: "2027-03-04T10:00:00.000Z",
          ends_at: "2027-03-04T10:30:00.000Z",
          sequence: 1,
          reschedule_count: 1,
        })
        .where("id", "=", meeting.id)
        .execute();
      await send(server(), meeting.id, "rescheduled");
      const moved = await nextMail(email, 0);
      expect(words(moved.subject)).toBe(
        `Updated: Meeting with ${host.name} — Thursday, March 4, 2027 at 11:00 AM`,
      );
      expect(parseInvite(moved)).toMatchObject({
        method: "REQUEST",
        uid: meeting.uid,
        sequence: 1,
        start: "2027-03-04T10:00:00.000Z",
      });
      expect(words((await nextMail(host.email, 0)).subject)).toMatch(
        /^Meeting moved: Vera Lynn — Thursday, March 4, 2027 at 5:00 AM$/,
      );

      await db
        .updateTable("meetings")
        .set({ status: "cancelled", sequence: 2, cancel_reason: "Found <b>another</b> vendor" })
        .where("id", "=", meeting.id)
        .execute();
      await send(server(), meeting.id, "cancelled");
      const cancelled = await nextMail(email, 1);
      expect(words(cancelled.subject)).toBe(
        `Cancelled: Meeting with ${host.name} — Thursday, March 4, 2027 at 11:00 AM`,
      );
      expect(cancelled.text).toContain("Reason: Found <b>another</b> vendor");
      expect(cancelled.text).not.toContain("/meetings/manage");
      expect(cancelled.html).toContain("Found &#60;b&#62;another&#60;/b&#62; vendor");
      const invite = parseInvite(cancelled);
      expect(invite).toMatchObject({
        contentType: "text/calendar; method=CANCEL",
        method: "CANCEL",
        status: "CANCELLED",
        uid: meeting.uid,
        sequence: 2,
      });
      const hostCancelled = await nextMail(host.email, 1);
      expect(hostCancelled.text).toContain("Your meeting with Vera Lynn is cancelled.");
      expect(parseInvite(hostCancelled)).toEqual(invite);
    });
  },
  { env: { SMTP_URL: sink.url, PUBLIC_URL } },
);
