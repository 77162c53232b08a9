import { z } from "zod";
import { Email, Id, Timestamp } from "./common";
import { partialWithoutDefaults } from "./partialWithoutDefaults";
import { HourMinute, TimeZone, WeeklySchedule } from "./schedule";

/**
 * Meetings and calendars (product.md §6): an agent's availability and calendar connections, the
 * slots a visitor sees, booking, the site's invitation settings and the meetings list.
 * Every instant is an ISO 8601 UTC string; every wall-clock time belongs to a named IANA zone.
 */

// ---- availability ------------------------------------------------------------------------------

const TimeBlock = z
  .strictObject({ start: HourMinute, end: HourMinute })
  .refine((b) => b.start < b.end, { message: "must end after it starts", path: ["end"] });

/** A day that differs from the weekly blocks (a holiday: no blocks), in the agent's time zone. */
export const DateOverride = z.strictObject({
  date: z.iso.date(),
  blocks: z.array(TimeBlock).max(10),
});
export type DateOverride = z.infer<typeof DateOverride>;

/** When an agent can be booked. Stored per user: the same on every site they host meetings for. */
export const Availability = z.strictObject({
  timeZone: TimeZone,
  /** Weekly blocks in `timeZone`, several per day allowed. */
  schedule: WeeklySchedule,
  meetingMinutes: z.number().int().min(5).max(480).default(30),
  /** Kept free after every meeting (bookings and calendar events alike). */
  bufferMinutes: z.number().int().min(0).max(240).default(0),
  /** The earliest bookable start is this long after now. */
  noticeMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 60)
    .default(24 * 60),
  /** The latest bookable start is this many days after now. */
  horizonDays: z.number().int().min(1).max(365).default(30),
  /** Starts are offered every this many minutes from a block's start; null: the meeting's length. */
  slotStepMinutes: z.number().int().min(5).max(480).nullable().default(null),
  /** At most this many meetings on one day (the agent's day); null: no cap. */
  dailyCap: z.number().int().min(1).max(50).nullable().default(null),
  overrides: z.array(DateOverride).max(400).default([]),
  /** The agent's own video-meeting link (else the site's, else none). */
  videoUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
});
export type Availability = z.infer<typeof Availability>;
export const UpdateAvailabilityBody = partialWithoutDefaults(Availability);
export type UpdateAvailabilityBody = z.infer<typeof UpdateAvailabilityBody>;

/** `GET /api/agents/:id/meeting-availability`: `configured` false means the defaults, never saved. */
export const AgentAvailability = Availability.extend({
  userId: Id,
  configured: z.boolean(),
  updatedAt: Timestamp.nullable(),
});
export type AgentAvailability = z.infer<typeof AgentAvailability>;

// ---- calendar connections ------------------------------------------------------------------------

export const CALENDAR_KINDS = ["caldav", "ics"] as const;
export const CalendarKind = z.enum(CALENDAR_KINDS);
/** ok; needs_attention: the last read or write failed (wrong password, gone, unreachable) — the agent was mailed once. */
export const CalendarStatus = z.enum(["ok", "needs_attention"]);
export type CalendarStatus = z.infer<typeof CalendarStatus>;

const HttpUrl = z.url({ protocol: /^https?$/ }).max(2000);

/** CalDAV credentials, to list the account's calendars before connecting one. */
export const DiscoverCalendarsBody = z.strictObject({
  url: HttpUrl,
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(500),
});
export type DiscoverCalendarsBody = z.infer<typeof DiscoverCalendarsBody>;
export const DiscoveredCalendar = z.object({ url: z.string(), name: z.string() });
export const DiscoveredCalendars = z.object({ items: z.array(DiscoveredCalendar) });
export type DiscoveredCalendars = z.infer<typeof DiscoveredCalendars>;

export const CreateCalendarBody = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("caldav"),
    url: HttpUrl,
    username: z.string().min(1).max(200),
    password: z.string().min(1).max(500),
    /** One calendar of the account (from discover); busy times are read from it and bookings written to it. */
    calendarUrl: HttpUrl,
    name: z.string().trim().max(120).optional(),
    /** Write booked meetings into this calendar (default true). */
    writeBookings: z.boolean().default(true),
  }),
  z.strictObject({
    kind: z.literal("ics"),
    /** The feed's secret address (webcal:// is accepted and read as https://). */
    url: z
      .string()
      .trim()
      .max(2000)
      .regex(/^(https?|webcal):\/\//i, "must be an http(s) or webcal address"),
    name: z.string().trim().max(120).optional(),
  }),
]);
export type CreateCalendarBody = z.infer<typeof CreateCalendarBody>;

/** Change a connection: its name, whether bookings are written, new credentials after "needs attention". */
export const UpdateCalendarBody = z.strictObject({
  name: z.string().trim().max(120).optional(),
  writeBookings: z.boolean().optional(),
  username: z.string().min(1).max(200).optional(),
  password: z.string().min(1).max(500).optional(),
});
export type UpdateCalendarBody = z.infer<typeof UpdateCalendarBody>;

/** A connection as the app shows it; never its password. */
export const CalendarConnection = z.object({
  id: Id,
  userId: Id,
  kind: CalendarKind,
  name: z.string(),
  /** The account (CalDAV) or feed (ICS) address, without credentials. */
  url: z.string(),
  calendarUrl: z.string().nullable(),
  writeBookings: z.boolean(),
  status: CalendarStatus,
  lastError: z.string().nullable(),
  lastSyncedAt: Timestamp.nullable(),
  busyCount: z.number().int(),
  createdAt: Timestamp,
});
export type CalendarConnection = z.infer<typeof CalendarConnection>;
export const CalendarConnectionList = z.object({ items: z.array(CalendarConnection) });

// ---- hosts (agents who can be booked) -----------------------------------------------------------

export const MeetingHost = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  initials: z.string(),
  avatarUrl: z.string().nullable(),
  teamIds: z.array(Id),
  /** Saved availability exists (someone without it has no slots). */
  configured: z.boolean(),
  timeZone: TimeZone,
  /** Any connection needs attention. */
  calendarsNeedAttention: z.boolean(),
});
export type MeetingHost = z.infer<typeof MeetingHost>;
export const MeetingHostList = z.object({ items: z.array(MeetingHost) });
export type MeetingHostList = z.infer<typeof MeetingHostList>;

// ---- site settings ---------------------------------------------------------------------------

export const DEFAULT_INVITATION_SUBJECT = "{{meeting.title}} — {{meeting.start}}";
export const DEFAULT_INVITATION_BODY = [
  'Hi {{person.firstName | "there"}},',
  "",
  "your meeting with {{agent.name}} is booked for {{meeting.start}} ({{meeting.timeZone}}).",
  "{{meeting.videoUrl}}",
  "",
  "Need another time? {{meeting.rescheduleUrl}}",
  "Can't make it? {{meeting.cancelUrl}}",
].join("\n");

/**
 * Per site. Tokens in the title, subject and body: {{person.firstName}}, {{person.lastName}},
 * {{person.email}}, {{company.name}}, {{agent.name}}, {{agent.email}}, {{site.name}},
 * {{meeting.title}}, {{meeting.start}} (in the visitor's zone and language), {{meeting.timeZone}},
 * {{meeting.duration}}, {{meeting.videoUrl}}, {{meeting.rescheduleUrl}}, {{meeting.cancelUrl}};
 * each may carry a fallback: {{person.firstName | "there"}}.
 */
export const MeetingSettings = z.strictObject({
  meetingTitle: z.string().trim().min(1).max(200).default("Meeting with {{agent.name}}"),
  invitationSubject: z.string().trim().min(1).max(300).default(DEFAULT_INVITATION_SUBJECT),
  invitationBody: z.string().max(5000).default(DEFAULT_INVITATION_BODY),
  /** The site's video-meeting link, used when the agent has none. */
  videoUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
  /** Shown when the routed agents have no free slot; null: the widget's standard (translated) text. */
  noSlotsText: z.string().trim().max(1000).nullable().default(null),
  /** Reschedule and cancel links stop working this many hours before the meeting. */
  manageCutoffHours: z.number().int().min(0).max(168).default(0),
});
export type MeetingSettings = z.infer<typeof MeetingSettings>;
export const UpdateMeetingSettingsBody = partialWithoutDefaults(MeetingSettings);
export type UpdateMeetingSettingsBody = z.infer<typeof UpdateMeetingSettingsBody>;

// ---- slots and booking (widget and manage page) ----------------------------------------------

/** One bookable start. The widget formats `start` in the visitor's zone and language. */
export const Slot = z.object({ start: Timestamp, end: Timestamp });
export type Slot = z.infer<typeof Slot>;
/** Slots grouped by the visitor's local day (`date` YYYY-MM-DD in `timeZone`), days in order. */
export const SlotDay = z.object({ date: z.string(), slots: z.array(Slot) });
export type SlotDay = z.infer<typeof SlotDay>;

/**
 * What the visitor sees for an offer. `status` open: pick one of `days` (empty: nobody has time;
 * `noSlotsText` says so, null for the standard text). booked: `meeting` holds what was booked.
 * closed: the offer was declined, or its conversation moved on.
 */
export const MeetingOfferView = z.object({
  offerId: Id,
  status: z.enum(["open", "booked", "closed"]),
  timeZone: TimeZone,
  days: z.array(SlotDay),
  meetingMinutes: z.number().int(),
  /** A single host's name when routing names one (specific agent, account owner, shared link); else null. */
  hostName: z.string().nullable(),
  /** The person has no email yet: the booking must carry one. */
  needsEmail: z.boolean(),
  noSlotsText: z.string().nullable(),
  meeting: z.object({ id: Id, start: Timestamp, end: Timestamp, agentName: z.string() }).nullable(),
  /**
   * Set when `days` covers only the visitor's days from `from` up to (not including) `until`,
   * YYYY-MM-DD (a 409's fresh slots around the lost one): an earlier view's other days still hold.
   */
  daysWindow: z.object({ from: z.string(), until: z.string() }).optional(),
});
export type MeetingOfferView = z.infer<typeof MeetingOfferView>;

export const SlotsQuery = z.strictObject({
  visitor: z.string().min(1).max(300),
  /** The visitor's IANA zone (the browser's); unknown names are refused. */
  tz: TimeZone,
});

export const BookMeetingBody = z.strictObject({
  visitor: z.string().min(1).max(300),
  start: z.iso.datetime({ offset: true }),
  timeZone: TimeZone,
  /** Required when the offer says `needsEmail`. */
  email: Email.optional(),
  name: z.string().trim().max(200).optional(),
  /** The widget's language, for the invitation's wording of the time. */
  language: z.string().max(16).optional(),
});
export type BookMeetingBody = z.infer<typeof BookMeetingBody>;
export const DeclineMeetingBody = z.strictObject({ visitor: z.string().min(1).max(300) });

/** The answer to a booking: the meeting, or (409 slot_taken) `details.offer` with fresh slots. */
export const BookedMeeting = z.object({
  meetingId: Id,
  start: Timestamp,
  end: Timestamp,
  agentId: Id,
  agentName: z.string(),
  timeZone: TimeZone,
});
export type BookedMeeting = z.infer<typeof BookedMeeting>;

/** The visitor's reschedule/cancel page (`/meetings/manage?token=…`): the meeting and, when it may move, slots. */
export const ManagedMeeting = z.object({
  meetingId: Id,
  status: z.enum(["scheduled", "cancelled"]),
  start: Timestamp,
  end: Timestamp,
  agentName: z.string(),
  siteName: z.string(),
  timeZone: TimeZone,
  /** False once the cutoff has passed or the meeting is cancelled. */
  canChange: z.boolean(),
  days: z.array(SlotDay),
});
export type ManagedMeeting = z.infer<typeof ManagedMeeting>;
export const ManageTokenQuery = z.strictObject({
  token: z.string().min(10).max(500),
  tz: TimeZone.optional(),
});
export const RescheduleBody = z.strictObject({
  token: z.string().min(10).max(500),
  start: z.iso.datetime({ offset: true }),
  timeZone: TimeZone,
});
export const CancelBody = z.strictObject({
  token: z.string().min(10).max(500),
  reason: z.string().trim().max(1000).optional(),
});

// ---- meetings list ---------------------------------------------------------------------------

/** Stored: scheduled, cancelled, no_show. Shown: upcoming/happened by time, rescheduled when moved and upcoming. */
export const STORED_MEETING_STATUSES = ["scheduled", "cancelled", "no_show"] as const;
export const MEETING_STATUSES = ["upcoming", "happened", "cancelled", "rescheduled", "no_show"] as const;
export const MeetingStatus = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

export const Meeting = z.object({
  id: Id,
  siteId: Id,
  status: MeetingStatus,
  start: Timestamp,
  end: Timestamp,
  agent: z.object({ id: Id, name: z.string(), email: z.string() }),
  visitorEmail: z.string().nullable(),
  visitorName: z.string().nullable(),
  visitorTimeZone: TimeZone,
  personId: Id.nullable(),
  conversationId: Id.nullable(),
  dialogue: z.object({ id: Id, name: z.string() }).nullable(),
  /** card, live-chat fallback, shared in a chat by an agent */
  source: z.enum(["card", "liveChatFallback", "shared"]),
  rescheduleCount: z.number().int(),
  /** How the host was chosen: round-robin turns, skips (no free slot) and the pick. */
  routingLog: z.array(
    z.object({
      kind: z.enum(["considered", "skipped", "picked"]),
      agentId: Id.nullable(),
      detail: z.record(z.string(), z.unknown()),
    }),
  ),
  videoUrl: z.string().nullable(),
  cancelReason: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Meeting = z.infer<typeof Meeting>;

export const MeetingListQuery = z.strictObject({
  status: MeetingStatus.optional(),
  agentId: Id.optional(),
  dialogueId: Id.optional(),
  /** Meetings starting at or after / before these instants. */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Matches the visitor's email or name. */
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  /** Paging of the app's order (`sort=list`). */
  offset: z.coerce.number().int().min(0).default(0),
  /**
   * `list`: the app's order (upcoming soonest first, then past latest first), paged by `offset`;
   * `start`: by start time (`order`), then id, paged by `cursor` — a stable order to read to the end.
   */
  sort: z.enum(["list", "start"]).default("list"),
  order: z.enum(["asc", "desc"]).default("asc"),
  /** With `sort=start`: the previous page's `nextCursor`. */
  cursor: z.string().max(500).optional(),
});
export type MeetingListQuery = z.infer<typeof MeetingListQuery>;
export const MeetingList = z.object({
  items: z.array(Meeting),
  total: z.number().int(),
  /** With `sort=start`: the next page's cursor (null on the last page); always null with `sort=list`. */
  nextCursor: z.string().nullable(),
});
export type MeetingList = z.infer<typeof MeetingList>;

/** What an agent may change: mark a no-show (or undo it), or cancel (the visitor is told). */
export const UpdateMeetingBody = z.strictObject({
  status: z.enum(["scheduled", "no_show", "cancelled"]),
  reason: z.string().trim().max(1000).optional(),
});

/** An agent shares their own or another host's booking in a live chat (a meeting card in the chat). */
export const ShareBookingBody = z.strictObject({ agentId: Id });
/** The shared booking: the offer the visitor books against and the chat message that carries it. */
export const SharedBooking = z.object({ offerId: Id, seq: z.number().int() });
export type SharedBooking = z.infer<typeof SharedBooking>;
