import type { CompanyListQuery, PeopleListQuery } from "@parley/protocol/directory";

/** What a list's key holds of its query: everything but the cursor (pages of one list share a key). */
export type PeopleListKey = Partial<Omit<PeopleListQuery, "cursor">>;
export type CompanyListKey = Partial<Omit<CompanyListQuery, "cursor">>;

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
  }),
} as const;
