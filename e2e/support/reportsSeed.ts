import { emailCaptureStream } from "../../apps/server/src/testing/emailCaptureStream";
import { liveChatStream } from "../../apps/server/src/testing/liveChatRig";
import type { TestServer } from "../../apps/server/src/testing/testServer";
import { TestVisitor } from "../../apps/server/src/testing/visitorClient";
import { MeetingsSeed } from "./meetingsSeed";
import type { WidgetAdmin } from "./widgetApi";
import type { WidgetServer } from "./widgetServer";

/** New York: the site's days are New York's (UTC−5 in February, UTC−4 from 14 March 2027). */
export const REPORTS_ZONE = "America/New_York";
/** Where the scripted visits begin: Monday 22 February 2027, 10:00 in New York. */
export const FIRST_VISITS_AT = "2027-02-22T15:00:00.000Z";
/** Ten days later, Thursday 4 March 2027, 10:00 in New York: the second visits, and "now" after them. */
export const NOW_AFTER_SEED = "2027-03-04T15:00:00.000Z";

export interface ReportsSeed {
  site: { id: string; siteKey: string; name: string };
  dialogueId: string;
  liveChatDialogueId: string;
  adminId: string;
}

/**
 * The scripted visits the reports count, through the real widget API (visitor tokens and the
 * WebSocket) on a server whose clock stands at FIRST_VISITS_AT, then NOW_AFTER_SEED:
 *
 * - "Pricing questions" (qualify → email → goal): on 22 Feb three visitors start it, two answer and
 *   one gives an email; on 4 Mar two more start it and both give an email.
 * - "Talk to sales" (email → Live chat, nobody online): one visitor on 4 Mar.
 * - Meetings with the admin (rows, as the meetings screens' tests write them): booked on 4 Mar, one
 *   ahead and one cancelled; booked on 22 Feb for 3 Mar, one no-show and one that happened.
 *
 * Start the server's clock before FIRST_VISITS_AT (a frozen clock only moves forward).
 */
export async function seedReports(server: WidgetServer, admin: WidgetAdmin): Promise<ReportsSeed> {
  const site = await admin.request<ReportsSeed["site"]>("POST", "/api/sites", {
    name: "Reports site",
    allowedDomains: ["localhost"],
    branding: { responseDelaySeconds: 0 },
    timeZone: REPORTS_ZONE,
  });
  const dialogueId = await admin.publish(site.id, emailCaptureStream, { name: "Pricing questions" });
  const liveChatDialogueId = await admin.publish(site.id, liveChatStream({ strategy: "round_robin" }), {
    name: "Talk to sales",
  });
  const me = await admin.request<{ user: { id: string } }>("GET", "/api/auth/me");
  // The visitor client needs only the server's address.
  const target = { url: server.baseUrl } as TestServer;

  /** A visitor who starts the dialogue and goes as far as `steps` (0: only starts it). */
  const visit = async (steps: 0 | 1 | 2) => {
    const visitor = await TestVisitor.arrive(target, site);
    await visitor.start(dialogueId);
    await visitor.bot("question");
    if (steps >= 1) {
      visitor.send({ kind: "answer", value: "evaluating" });
      await visitor.bot("capture");
    }
    if (steps >= 2) {
      visitor.send({ kind: "answer", value: `v${Math.random().toString(36).slice(2, 8)}@example.org` });
      await visitor.message((m) => m.author === "bot" && JSON.stringify(m.body).includes("Thank you"));
    }
    visitor.socket.close();
  };

  await server.advanceClock(Date.parse(FIRST_VISITS_AT) - Date.parse(await serverNow(server)));
  await visit(0);
  await visit(1);
  await visit(2);

  await server.advanceClock(Date.parse(NOW_AFTER_SEED) - Date.parse(FIRST_VISITS_AT));
  await visit(2);
  await visit(2);
  const asker = await TestVisitor.arrive(target, site);
  await asker.start(liveChatDialogueId);
  await asker.bot("capture");
  asker.send({ kind: "answer", value: "asks@example.org" });
  await asker.bot("liveChat");
  asker.socket.close();

  const rows = MeetingsSeed.open(server.dataDir);
  try {
    const hour = (iso: string) => new Date(Date.parse(iso) + 3_600_000).toISOString();
    const meeting = (starts: string, extra: Record<string, unknown> = {}) =>
      rows.meeting({
        site_id: site.id,
        user_id: me.user.id,
        dialogue_id: dialogueId,
        starts_at: starts,
        ends_at: hour(starts),
        created_at: NOW_AFTER_SEED,
        updated_at: NOW_AFTER_SEED,
        visitor_email: `m${Math.random().toString(36).slice(2, 8)}@example.org`,
        ...extra,
      });
    await meeting("2027-03-10T15:00:00.000Z");
    await meeting("2027-03-11T15:00:00.000Z", { status: "cancelled", cancelled_at: NOW_AFTER_SEED });
    // Booked on 22 Feb for the day before "now": one missed, one that happened.
    await meeting("2027-03-03T15:00:00.000Z", { status: "no_show", created_at: FIRST_VISITS_AT });
    await meeting("2027-03-03T18:00:00.000Z", { created_at: FIRST_VISITS_AT });
  } finally {
    await rows.close();
  }
  return { site, dialogueId, liveChatDialogueId, adminId: me.user.id };
}

async function serverNow(server: WidgetServer): Promise<string> {
  return server.advanceClock(0);
}
