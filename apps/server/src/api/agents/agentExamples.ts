import type { AgentProfile, AgentSummary, LiveChatSettings } from "@parley/protocol/liveChat";
import type {
  AgentAvailability,
  CalendarConnection,
  MeetingHost,
  MeetingSettings,
} from "@parley/protocol/meetings";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";

const schedule = { blocks: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })) };
const summary: AgentSummary = {
  id: EX.agentId,
  name: "Grace Hopper",
  email: "grace@example.com",
  initials: "GH",
  avatarUrl: `/api/avatars/${EX.agentId}?v=2`,
  teamIds: [EX.teamId],
  state: "available",
  activeChats: 1,
  limit: 5,
};
const profile: AgentProfile = {
  ...summary,
  concurrencyLimit: null,
  timeZone: "Europe/London",
  schedule,
  availability: "available",
  availabilityUntil: null,
};
const liveChatSettings: LiveChatSettings = {
  acceptTimeoutSeconds: 100,
  maxAttempts: 2,
  queueEnabled: true,
  queueTimeoutMinutes: 15,
  fallbackToRoundRobin: true,
  inactivityMinutes: 10,
  awayAfterMinutes: 5,
  defaultConcurrency: 5,
  fallbackMessage: null,
  meetingFallbackMessage: null,
  missedChatEmail: true,
};
const availability: AgentAvailability = {
  userId: EX.agentId,
  configured: true,
  updatedAt: EX.at,
  timeZone: "Europe/London",
  schedule,
  meetingMinutes: 30,
  bufferMinutes: 10,
  noticeMinutes: 24 * 60,
  horizonDays: 30,
  slotStepMinutes: null,
  dailyCap: 6,
  overrides: [{ date: "2026-03-17", blocks: [] }],
  videoUrl: null,
};
const host: MeetingHost = {
  id: EX.agentId,
  name: "Grace Hopper",
  email: "grace@example.com",
  initials: "GH",
  avatarUrl: null,
  teamIds: [EX.teamId],
  configured: true,
  timeZone: "Europe/London",
  calendarsNeedAttention: false,
};
const meetingSettings: MeetingSettings = {
  meetingTitle: "Meeting with {{agent.name}}",
  invitationSubject: "{{meeting.title}} — {{meeting.start}}",
  invitationBody:
    'Hi {{person.firstName | "there"}},\n\nyour meeting with {{agent.name}} is booked for {{meeting.start}}.',
  videoUrl: "https://meet.example.com/sales",
  noSlotsText: null,
  manageCutoffHours: 2,
};
const calendar: CalendarConnection = {
  id: "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c",
  userId: EX.agentId,
  kind: "caldav",
  name: "Work",
  url: "https://caldav.example.com/dav/",
  calendarUrl: "https://caldav.example.com/dav/calendars/grace/work/",
  writeBookings: true,
  status: "ok",
  lastError: null,
  lastSyncedAt: EX.at,
  busyCount: 14,
  createdAt: EX.created,
};
const caldav = { url: "https://caldav.example.com/dav/", username: "grace", password: "app-password-1234" };

export const agentExamples = {
  me: { response: { 200: profile } },
  updateMe: {
    body: { timeZone: "Europe/London", schedule, concurrencyLimit: 3 },
    response: { 200: { ...profile, concurrencyLimit: 3, limit: 3 } },
  },
  availability: {
    body: { availability: "away" },
    response: { 200: { ...profile, availability: "away", state: "away" } },
  },
  update: { body: { concurrencyLimit: 4 }, response: { 200: { ...profile, concurrencyLimit: 4, limit: 4 } } },
  siteAgents: { response: { 200: { items: [summary] } } },
  avatar: {
    body: {
      image:
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    },
    response: { 200: profile },
  },
  removeAvatar: { response: { 200: { ...profile, avatarUrl: null } } },
  liveChatSettings: { response: { 200: liveChatSettings } },
  updateLiveChatSettings: {
    body: { queueEnabled: true, queueTimeoutMinutes: 15 },
    response: { 200: liveChatSettings },
  },
  meetingAvailability: { response: { 200: availability } },
  updateMeetingAvailability: { body: { bufferMinutes: 10, dailyCap: 6 }, response: { 200: availability } },
  meetingHosts: { response: { 200: { items: [host] } } },
  meetingSettings: { response: { 200: meetingSettings } },
  updateMeetingSettings: {
    body: { videoUrl: "https://meet.example.com/sales", manageCutoffHours: 2 },
    response: { 200: meetingSettings },
  },
  discoverCalendars: {
    body: caldav,
    response: {
      200: { items: [{ url: "https://caldav.example.com/dav/calendars/grace/work/", name: "Work" }] },
    },
  },
  calendars: { response: { 200: { items: [calendar] } } },
  connectCalendar: {
    body: {
      kind: "caldav",
      ...caldav,
      calendarUrl: "https://caldav.example.com/dav/calendars/grace/work/",
      name: "Work",
    },
    response: { 201: { ...calendar, lastSyncedAt: null, busyCount: 0 } },
  },
  updateCalendar: {
    body: { writeBookings: false },
    response: { 200: { ...calendar, writeBookings: false } },
  },
  disconnectCalendar: { response: { 200: { ok: true } } },
  refreshCalendar: { response: { 202: calendar } },
} satisfies Record<string, RouteExamples>;
