import type { Availability, BookedMeeting, MeetingOfferView } from "@parley/protocol/meetings";
import { clock } from "../lib/clock";
import { parseJson } from "../lib/json";
import { type LiveChatRig, liveChatRig } from "./liveChatRig";
import { meetingHost } from "./meetingFactory";
import type { TestServer } from "./testServer";
import { PAGE_ORIGIN, publishStream, TestVisitor } from "./visitorClient";

/** A Monday in 2027 (Berlin on CET, Auckland on NZDT): the frozen "now" of the booking suites. */
export const MONDAY_6AM = "2027-03-01T06:00:00.000Z";

/** A Meeting card (id "meet") with booked / not-booked messages; `email` first asks for one. */
export function meetingStream(
  routing: Record<string, unknown>,
  options: { email?: boolean; writeAgentTo?: { field: string; value: "name" | "email" } } = {},
) {
  const cards: Record<string, unknown>[] = [
    {
      id: "meet",
      type: "meeting",
      name: "Meeting",
      text: "Pick a time",
      routing,
      ...(options.writeAgentTo ? { writeAgentTo: options.writeAgentTo } : {}),
      booked: "yes",
      notBooked: "no",
    },
    { id: "yes", type: "message", name: "Booked", text: "See you then", next: null },
    { id: "no", type: "message", name: "Not booked", text: "Maybe another time", next: null },
  ];
  if (options.email)
    cards.unshift({
      id: "email",
      type: "capture",
      name: "Email",
      text: "Email?",
      kind: "email",
      field: "person.email",
      next: "meet",
    });
  return { schemaVersion: 1, startCardId: cards[0]?.id, cards };
}

/** The live-chat suites' rig (server, admin, a quick site, runJobs) serves bookings too. */
export type BookingRig = LiveChatRig;
export const bookingRig = liveChatRig;

/**
 * A host of the rig's site, weekdays 09:00–17:00 Berlin, 30-minute meetings, no notice, two days
 * ahead (unless told otherwise); a calendar agent unless `role` says (rules and the account list
 * name live agents: sales_admin is both). Created a second apart: round-robin order is creation order.
 */
export async function host(rig: BookingRig, availability: Partial<Availability> = {}, role?: string) {
  const made = await meetingHost(
    rig.server,
    rig.admin,
    rig.site.id,
    { timeZone: "Europe/Berlin", horizonDays: 2, ...availability },
    role,
  );
  (clock() as { advance?: (ms: number) => void }).advance?.(1000);
  return made;
}

/** A visitor who reached the Meeting card (after giving `email` when the stream asks); returns the offer id. */
export async function visitorAtMeeting(rig: BookingRig, dialogueId: string, email?: string) {
  const visitor = await TestVisitor.arrive(rig.server, rig.site);
  await visitor.start(dialogueId);
  if (email) {
    await visitor.bot("capture");
    visitor.send({ kind: "answer", value: email });
  }
  const prompt = await visitor.bot("meeting");
  const offerId = prompt.body.offerId as string;
  if (!offerId) throw new Error(`no offer id on ${JSON.stringify(prompt)}`);
  return { visitor, offerId };
}

export const publishMeeting = (rig: BookingRig, ...args: Parameters<typeof meetingStream>) =>
  publishStream(rig.admin, rig.site.id, meetingStream(...args));

type Answer<T> = {
  status: number;
  body: T & { error?: { code: string; message: string; details?: unknown } };
};

/** A request as the widget on the customer's page makes it (its origin, text/plain JSON for POSTs). */
export async function widgetCall<T>(
  server: TestServer,
  method: "GET" | "POST",
  path: string,
  body?: unknown,
) {
  const res = await fetch(server.url + path, {
    method,
    headers: { origin: PAGE_ORIGIN, ...(body === undefined ? {} : { "content-type": "text/plain" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer<T>["body"], headers: res.headers };
}

export const offerUrl = (offerId: string) => `/api/widget/meetings/offers/${offerId}`;

export function readOffer(server: TestServer, visitor: TestVisitor, offerId: string, tz = "UTC") {
  const query = `visitor=${encodeURIComponent(visitor.token)}&tz=${encodeURIComponent(tz)}`;
  return widgetCall<MeetingOfferView>(server, "GET", `${offerUrl(offerId)}?${query}`);
}

export function book(
  server: TestServer,
  visitor: TestVisitor,
  offerId: string,
  start: string,
  extra: Record<string, unknown> = {},
) {
  return widgetCall<BookedMeeting>(server, "POST", `${offerUrl(offerId)}/book`, {
    visitor: visitor.token,
    start,
    timeZone: "Europe/Paris",
    email: `v-${visitor.visitorId.slice(0, 8)}@example.org`,
    ...extra,
  });
}

/** Every start the view offers, in order. */
export const startsOf = (view: MeetingOfferView) => view.days.flatMap((d) => d.slots.map((s) => s.start));

/** The site's meetings, oldest start first, with the routing log parsed. */
export async function meetingsOf(rig: BookingRig) {
  const rows = await rig.server.parley.ctx.store.db
    .selectFrom("meetings")
    .selectAll()
    .where("site_id", "=", rig.site.id)
    .orderBy("created_at")
    .orderBy("starts_at")
    .execute();
  return rows.map((r) => ({
    ...r,
    log: parseJson<{ kind: string; agentId: string | null; detail: Record<string, unknown> }[]>(
      r.routing_log,
      [],
    ),
  }));
}
