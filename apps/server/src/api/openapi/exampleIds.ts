/** Ids and times the route examples share, so one example's person is another's `personId`. */
export const EX = {
  siteId: "5f0c6a8e-2b1d-4c3e-9a7f-1d2e3f4a5b6c",
  userId: "0b6a7c1e-8d2f-4e3a-b5c6-7d8e9f0a1b2c",
  agentId: "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f",
  personId: "3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d",
  companyId: "7e8f9a0b-1c2d-4e3f-8a5b-6c7d8e9f0a1b",
  visitorId: "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f",
  dialogueId: "d1a2b3c4-d5e6-4f7a-8b9c-0d1e2f3a4b5c",
  conversationId: "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9",
  meetingId: "f0e1d2c3-b4a5-4968-8776-655443322110",
  activityId: "a9b8c7d6-e5f4-4a3b-8c2d-1e0f9a8b7c6d",
  roleId: "marketing_admin",
  teamId: "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
  apiKeyId: "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
  fieldId: "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a",
  /** An opaque `nextCursor`, as the server makes them. */
  cursor: "eyJzIjoic3RhcnRlZCIsIm8iOiJkZXNjIiwidiI6IjIwMjYtMDMtMDlUMTA6MTU6MDAuMDAwWiIsImkiOiJlNWY2In0",
  at: "2026-03-09T10:15:00.000Z",
  later: "2026-03-09T10:21:40.000Z",
  created: "2026-01-12T08:30:00.000Z",
} as const;
