import type { CompanyListQuery, PeopleListQuery } from "@parley/protocol/directory";
import type { InboxQuery } from "@parley/protocol/liveChat";
import type { MeetingListQuery } from "@parley/protocol/meetings";

/** What a list's key holds of its query: everything but the cursor (pages of one list share a key). */
export type PeopleListKey = Partial<Omit<PeopleListQuery, "cursor">>;
export type CompanyListKey = Partial<Omit<CompanyListQuery, "cursor">>;
export type InboxListKey = Partial<Omit<InboxQuery, "cursor">>;
export type MeetingListKey = Partial<MeetingListQuery>;

/**
 * Every TanStack Query key of the app, in one place so that mutations and realtime events reach the
 * right entries. Account-wide data has a flat key; everything of one site sits under
 * `["site", siteId, …]`, so switching sites never shows another site's cache, and a site's
 * whole cache can be refreshed at once (after a reconnect) with `site(id).all`.
 */
export const queryKeys = {
  me: ["me"],
  setupStatus: ["setup-status"],
  sites: ["sites"],
  users: ["users"],
  roles: ["roles"],
  permissions: ["permissions"],
  teams: ["teams"],
  apiKeys: ["api-keys"],
  outbox: ["outbox"],
  /** The signed-in user's agent profile and state, and the chats offered to them now. */
  agentProfile: ["agent-profile"],
  offers: ["offers"],
  /** A user's meeting availability and calendar connections (`me` or a user id). */
  availability: (userId: string) => ["availability", userId] as const,
  calendars: (userId: string) => ["calendars", userId] as const,
  site: (siteId: string) => ({
    all: ["site", siteId] as const,
    identitySecret: ["site", siteId, "identity-secret"] as const,
    fields: ["site", siteId, "fields"] as const,
    /** Prefix of every people list and person. */
    people: ["site", siteId, "people"] as const,
    peopleLists: ["site", siteId, "people", "list"] as const,
    peopleList: (query: PeopleListKey) => ["site", siteId, "people", "list", query] as const,
    person: (id: string) => ["site", siteId, "people", "detail", id] as const,
    personVisits: (id: string) => ["site", siteId, "people", "detail", id, "visits"] as const,
    personConversations: (id: string) => ["site", siteId, "people", "detail", id, "conversations"] as const,
    personTimeline: (id: string) => ["site", siteId, "people", "detail", id, "timeline"] as const,
    conversation: (id: string) => ["site", siteId, "conversations", id] as const,
    /** Prefix of every company list and company. */
    companies: ["site", siteId, "companies"] as const,
    companyLists: ["site", siteId, "companies", "list"] as const,
    companyList: (query: CompanyListKey) => ["site", siteId, "companies", "list", query] as const,
    company: (id: string) => ["site", siteId, "companies", "detail", id] as const,
    /** Prefix of every inbox list and inbox conversation. */
    inbox: ["site", siteId, "inbox"] as const,
    inboxLists: ["site", siteId, "inbox", "list"] as const,
    inboxList: (query: InboxListKey) => ["site", siteId, "inbox", "list", query] as const,
    inboxConversation: (id: string) => ["site", siteId, "inbox", "conversation", id] as const,
    agents: ["site", siteId, "agents"] as const,
    liveChatSettings: ["site", siteId, "livechat-settings"] as const,
    accountRoutes: ["site", siteId, "account-routes"] as const,
    routingRules: ["site", siteId, "routing-rules"] as const,
    cannedResponses: ["site", siteId, "canned-responses"] as const,
    meetingSettings: ["site", siteId, "meeting-settings"] as const,
    meetingHosts: ["site", siteId, "meeting-hosts"] as const,
    /** Prefix of every meetings list. */
    meetingLists: ["site", siteId, "meetings", "list"] as const,
    meetingList: (query: MeetingListKey) => ["site", siteId, "meetings", "list", query] as const,
    /** Prefix of every dialogue and flow list and detail. */
    dialogues: ["site", siteId, "dialogues"] as const,
    dialogueList: (kind: "dialogue" | "flow") => ["site", siteId, "dialogues", "list", kind] as const,
    dialogue: (id: string) => ["site", siteId, "dialogues", "detail", id] as const,
    dialogueVersions: (id: string) => ["site", siteId, "dialogues", "detail", id, "versions"] as const,
    /** Why the site's snippet would show nothing (chat off, no domain, nothing published …). */
    dialogueStatus: ["site", siteId, "dialogues", "status"] as const,
    segments: ["site", siteId, "segments"] as const,
    /** Agents, hosts, teams and rules by name, for the designer's routing pickers. */
    routingTargets: ["site", siteId, "routing-targets"] as const,
    answers: ["site", siteId, "answers"] as const,
    /** Prefix of every report; a report's key holds its name and query (issue 12). */
    reports: ["site", siteId, "reports"] as const,
    report: (name: string, query: Record<string, unknown>) =>
      ["site", siteId, "reports", name, query] as const,
    webhooks: ["site", siteId, "webhooks"] as const,
    webhookDeliveries: (subscriptionId: string) =>
      ["site", siteId, "webhooks", subscriptionId, "deliveries"] as const,
    retention: ["site", siteId, "retention"] as const,
    imports: ["site", siteId, "imports"] as const,
  }),
} as const;
