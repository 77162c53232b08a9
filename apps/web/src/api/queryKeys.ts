/** Every TanStack Query key of the app, in one place so that mutations invalidate the right lists. */
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
  identitySecret: (siteId: string) => ["sites", siteId, "identity-secret"] as const,
} as const;
