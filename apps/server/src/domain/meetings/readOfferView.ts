import { Availability, type MeetingOfferView, type Slot, type SlotDay } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import { DateTime, IANAZone } from "luxon";
import type { AppContext } from "../../api/context";
import { invalidField } from "../../errors";
import { clock } from "../../lib/clock";
import type { Presence } from "../../presence/presence";
import type { ConversationTable, Database, MeetingOfferTable } from "../../store/schema";
import { chooseMeetingHosts } from "./chooseMeetingHosts";
import type { SlotWindow } from "../availability/freeSlots";
import { HostSlots } from "./hostSlots";
import { readMeetingSettings } from "./readMeetingSettings";
import { visitorOffer } from "./visitorOffer";

/** What a host without saved availability would offer: the schema's default length. */
const DEFAULT_MINUTES = Availability.shape.meetingMinutes.parse(undefined);

/** A zone name the runtime knows (the browser's Intl zone); anything else is refused with a 400. */
export function assertTimeZone(field: string, zone: string): void {
  if (!IANAZone.isValidZone(zone)) throw invalidField(field, "is not a known IANA time zone");
}

/** `GET /api/widget/meetings/offers/:offerId`: the offer as the visitor who owns it sees it now. */
export async function readOfferView(
  ctx: AppContext,
  input: { offerId: string; visitorToken: string; timeZone: string },
): Promise<MeetingOfferView> {
  assertTimeZone("tz", input.timeZone);
  const { db } = ctx.store;
  const { offer, conversation } = await visitorOffer(db, { ...input, secretKey: ctx.secretKey });
  return offerView(db, ctx.presence, offer, conversation, input.timeZone);
}

/**
 * The offer now: open — the union of the routed hosts' free slots (one per start), by the visitor's
 * local day, only those starting in `window` when given (routing still weighs whole horizons);
 * booked — the meeting; closed — nothing to pick.
 */
export async function offerView(
  db: Kysely<Database>,
  presence: Presence,
  offer: MeetingOfferTable,
  conversation: ConversationTable,
  timeZone: string,
  window?: SlotWindow,
): Promise<MeetingOfferView> {
  const settings = await readMeetingSettings(db, offer.site_id);
  const person = conversation.person_id
    ? await db
        .selectFrom("people")
        .select("email")
        .where("id", "=", conversation.person_id)
        .executeTakeFirst()
    : undefined;
  const view: MeetingOfferView = {
    offerId: offer.id,
    status: offer.status,
    timeZone,
    days: [],
    meetingMinutes: DEFAULT_MINUTES,
    hostName: null,
    needsEmail: !person?.email,
    noSlotsText: settings.noSlotsText,
    meeting: null,
  };
  if (offer.status === "booked") {
    const meeting = offer.meeting_id
      ? await db
          .selectFrom("meetings")
          .innerJoin("users", "users.id", "meetings.user_id")
          .select(["meetings.id", "meetings.starts_at", "meetings.ends_at", "users.name"])
          .where("meetings.id", "=", offer.meeting_id)
          .executeTakeFirst()
      : undefined;
    if (!meeting) return { ...view, status: "closed" };
    const minutes = (Date.parse(meeting.ends_at) - Date.parse(meeting.starts_at)) / 60_000;
    return {
      ...view,
      meetingMinutes: minutes,
      hostName: meeting.name,
      meeting: { id: meeting.id, start: meeting.starts_at, end: meeting.ends_at, agentName: meeting.name },
    };
  }
  if (offer.status !== "open") return view;

  const slots = new HostSlots(db, clock().now(), window);
  const plan = await chooseMeetingHosts({
    db,
    presence,
    offer,
    conversation,
    withSlots: (ids) => slots.withSlots(ids),
  });
  const byHost = await slots.of(plan.hosts.map((h) => h.id));
  const bookable = plan.hosts.filter((h) => (byHost.get(h.id) ?? []).length > 0);
  const byStart = new Map<string, Slot>();
  for (const host of bookable)
    for (const slot of byHost.get(host.id) ?? []) if (!byStart.has(slot.start)) byStart.set(slot.start, slot);
  const union = [...byStart.values()].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const first = union[0];
  const only = bookable.length === 1 ? bookable[0] : plan.hosts.length === 1 ? plan.hosts[0] : undefined;
  return {
    ...view,
    days: byLocalDay(union, timeZone),
    meetingMinutes: first ? (Date.parse(first.end) - Date.parse(first.start)) / 60_000 : DEFAULT_MINUTES,
    hostName: only?.name ?? null,
  };
}

/** Slots (in order) grouped by the visitor's calendar day in `zone`. */
export function byLocalDay(slots: readonly Slot[], zone: string): SlotDay[] {
  const days: SlotDay[] = [];
  for (const slot of slots) {
    const date = DateTime.fromISO(slot.start, { zone }).toISODate() ?? "";
    const last = days[days.length - 1];
    if (last?.date === date) last.slots.push(slot);
    else days.push({ date, slots: [slot] });
  }
  return days;
}
