import { expect, it } from "vitest";
import {
  book,
  bookingRig,
  host,
  MONDAY_6AM,
  publishMeeting,
  visitorAtMeeting,
} from "../../testing/bookingRig";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { mailTestRig } from "../../testing/mailTestRig";
import { parseInvite } from "../../testing/parseInvite";
import type { ReceivedMail } from "../../testing/smtpSink";
import type { TestServer } from "../../testing/testServer";

// The clock stands at Monday 1 March 2027, 06:00 UTC; the hosts work 09:00–17:00 Berlin time.
const { sink } = await mailTestRig(MONDAY_6AM);
const MONDAY_10_BERLIN = "2027-03-01T09:00:00.000Z";
// One word, so the greeting's first name is all of it.
const HOSTILE = "<img/src=x/onerror=alert(1)>";

/** ICU writes narrow no-break spaces in some times: compare words, not space characters. */
const words = (text: string) => text.replace(/\s/g, " ");
const freshEmail = () => `lang-${crypto.randomUUID().slice(0, 8)}@example.org`;

/** The reschedule/cancel token of the visitor's mail. */
function manageToken(mail: ReceivedMail): string {
  const token = mail.text.match(/\/meetings\/manage\?token=([\w.%-]+)/)?.[1];
  if (!token) throw new Error(`no manage link in:\n${mail.text}`);
  return decodeURIComponent(token);
}

/** A site (with `site` settings), a host, a Meeting card and a visitor at it; the mail addresses. */
async function atMeeting(server: TestServer, site: Record<string, unknown> = {}) {
  const rig = await bookingRig(server);
  if (Object.keys(site).length)
    expect((await rig.admin.patch(`/api/sites/${rig.site.id}`, site)).status).toBe(200);
  const siteName = (await rig.admin.get<{ name: string }>(`/api/sites/${rig.site.id}`)).body.name;
  const ada = await host(rig);
  const dialogueId = await publishMeeting(rig, { strategy: "specific_agent", agentId: ada.id });
  const { visitor, offerId } = await visitorAtMeeting(rig, dialogueId);
  return { rig, siteName, ada, visitor, offerId, email: freshEmail() };
}

/** Every HTML part says what was typed as text, never as markup. */
function expectNoMarkupFrom(mail: ReceivedMail) {
  expect(mail.html).not.toContain("<img");
  expect(mail.html).toContain("&#60;img/src=x/onerror=alert(1)&#62;");
}

describeEachDatabase(
  "the visitor's meeting mails in their language",
  (server) => {
    it("French: the booking's invitation and the cancellation, words, time in Paris and the .ics alike", async () => {
      const { siteName, ada, visitor, offerId, email } = await atMeeting(server());
      const booked = await book(server(), visitor, offerId, MONDAY_10_BERLIN, {
        email,
        name: HOSTILE,
        timeZone: "Europe/Paris",
        language: "fr",
      });
      expect(booked.status).toBe(200);

      const invitation = await sink.waitFor(email);
      expect(words(invitation.subject)).toBe(`Rendez-vous avec ${ada.name} — lundi 1 mars 2027 à 10:00`);
      const text = words(invitation.text);
      expect(text).toContain(`Bonjour ${HOSTILE},`);
      expect(text).toContain(
        `votre rendez-vous avec ${ada.name} est réservé pour le lundi 1 mars 2027 à 10:00 (Europe/Paris).`,
      );
      expect(text).toMatch(/Besoin d'un autre horaire \? https:\/\/\S+\/meetings\/manage\?token=/);
      expect(text).toMatch(/Vous ne pouvez pas venir \? https:\/\/\S+&action=cancel/);
      expect(invitation.html).toMatch(/Besoin d&#39;un autre horaire \? <a href="https:\/\/[^"]+">/);
      expectNoMarkupFrom(invitation);
      expect(parseInvite(invitation)).toMatchObject({
        method: "REQUEST",
        summary: `Rendez-vous avec ${ada.name}`,
        description: `Rendez-vous avec ${ada.name}, réservé sur ${siteName}`,
        start: MONDAY_10_BERLIN,
      });
      // The host has no language setting: their mail and their event stay English.
      const hostMail = await sink.waitFor(ada.email);
      expect(words(hostMail.subject)).toBe(`New meeting: ${HOSTILE} — Monday, March 1, 2027 at 10:00 AM`);
      expect(parseInvite(hostMail).summary).toBe(`Meeting with ${ada.name}`);
      expectNoMarkupFrom(hostMail);

      const cancel = await server()
        .anonymous()
        .post("/api/meetings/manage/cancel", {
          token: manageToken(invitation),
          reason: `${HOSTILE} plus tard`,
        });
      expect(cancel.status).toBe(200);
      const cancelled = await sink.waitForNth(email, 2);
      expect(words(cancelled.subject)).toBe(
        `Annulé : Rendez-vous avec ${ada.name} — lundi 1 mars 2027 à 10:00`,
      );
      expect(words(cancelled.text)).toContain(
        `votre rendez-vous avec ${ada.name} du lundi 1 mars 2027 à 10:00 (Europe/Paris) est annulé.`,
      );
      expect(cancelled.text).toContain(`Motif : ${HOSTILE} plus tard`);
      expect(cancelled.text).not.toContain("/meetings/manage");
      expectNoMarkupFrom(cancelled);
      expect(cancelled.html).toContain("Motif : &#60;img");
      expect(parseInvite(cancelled)).toMatchObject({
        method: "CANCEL",
        sequence: 1,
        summary: `Rendez-vous avec ${ada.name}`,
      });
    });

    it("Japanese from the conversation's language: the reschedule's mail, time in Tokyo, the .ics in Japanese", async () => {
      const { rig, ada, visitor, offerId, email } = await atMeeting(server());
      // The widget ran the conversation in Japanese; the booking itself names no language.
      await rig.server.parley.ctx.store.db
        .updateTable("conversations")
        .set({ language: "ja-JP" })
        .where("id", "=", visitor.conversationId)
        .execute();
      expect(
        (await book(server(), visitor, offerId, MONDAY_10_BERLIN, { email, timeZone: "Asia/Tokyo" })).status,
      ).toBe(200);
      const invitation = await sink.waitFor(email);
      expect(words(invitation.subject)).toBe(`${ada.name}とのミーティング — 2027年3月1日月曜日 18:00`);
      expect(invitation.text).toContain("お客様");
      expect(words(invitation.text)).toContain(
        `${ada.name}とのミーティングを2027年3月1日月曜日 18:00（Asia/Tokyo）に予約しました。`,
      );

      const moved = await server()
        .anonymous()
        .post("/api/meetings/manage/reschedule", {
          token: manageToken(invitation),
          start: "2027-03-02T10:00:00.000Z",
          timeZone: "Asia/Tokyo",
        });
      expect(moved.status).toBe(200);
      const updated = await sink.waitForNth(email, 2);
      expect(words(updated.subject)).toBe(`変更：${ada.name}とのミーティング — 2027年3月2日火曜日 19:00`);
      expect(words(updated.text)).toContain("2027年3月2日火曜日 19:00（Asia/Tokyo）に予約しました。");
      expect(updated.text).toMatch(/別の日時をご希望の場合：https:\/\/\S+\/meetings\/manage\?token=/);
      expect(parseInvite(updated)).toMatchObject({
        method: "REQUEST",
        sequence: 1,
        start: "2027-03-02T10:00:00.000Z",
        summary: `${ada.name}とのミーティング`,
      });
      expect(parseInvite(updated).description).toMatch(/^.+とのミーティング（.+で予約）$/);
    });

    it("German from the site's setting when the widget's language is none of the ten; the site's own subject stays", async () => {
      const { ada, visitor, offerId, email } = await atMeeting(server(), { language: "de" });
      const booked = await book(server(), visitor, offerId, MONDAY_10_BERLIN, {
        email,
        name: "Grete Berg",
        timeZone: "America/New_York",
        language: "sv-SE",
      });
      expect(booked.status).toBe(200);
      const invitation = await sink.waitFor(email);
      // The site's language with the locale's own clock (04:00, not 4:00), in the visitor's zone.
      expect(invitation.subject).toBe(`Termin mit ${ada.name} — Montag, 1. März 2027 um 04:00`);
      expect(invitation.text).toContain("Hallo Grete,");
      expect(invitation.text).toContain("Passt die Zeit nicht mehr?");
      expect(parseInvite(invitation).summary).toBe(`Termin mit ${ada.name}`);
    });

    it("English when no language is known; a template the site wrote is theirs, its times in the visitor's language", async () => {
      const plain = await atMeeting(server());
      await book(server(), plain.visitor, plain.offerId, MONDAY_10_BERLIN, {
        email: plain.email,
        timeZone: "Europe/Paris",
        language: "tlh",
      });
      const english = await sink.waitFor(plain.email);
      expect(words(english.subject)).toBe(
        `Meeting with ${plain.ada.name} — Monday, March 1, 2027 at 10:00 AM`,
      );
      expect(english.text).toContain("Hi there,");

      const custom = await atMeeting(server());
      const saved = await custom.rig.admin.patch(`/api/sites/${custom.rig.site.id}/meeting-settings`, {
        meetingTitle: "Demo — {{site.name}}",
        invitationSubject: "Ihre Demo: {{meeting.start}}",
        invitationBody: "Bis {{meeting.start}}!",
      });
      expect(saved.status).toBe(200);
      await book(server(), custom.visitor, custom.offerId, MONDAY_10_BERLIN, {
        email: custom.email,
        timeZone: "Europe/Berlin",
        language: "de",
      });
      const own = await sink.waitFor(custom.email);
      expect(own.subject).toBe("Ihre Demo: Montag, 1. März 2027 um 10:00");
      expect(own.text.trim()).toBe("Bis Montag, 1. März 2027 um 10:00!");
      expect(parseInvite(own).summary).toBe(`Demo — ${custom.siteName}`);
    });
  },
  { env: { SMTP_URL: sink.url, PUBLIC_URL: "https://parley.example" } },
);
