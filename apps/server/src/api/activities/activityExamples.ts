import type { Activity } from "@parley/protocol/activities";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";
import { activityEntryExample } from "../people/peopleExamples";

const gaveEmail: Activity = { ...activityEntryExample, visitorId: EX.visitorId, personId: EX.personId };
const completed: Activity = {
  ...gaveEmail,
  id: "a9b8c7d6-e5f4-4a3b-8c2d-1e0f9a8b7c6e",
  type: "completed",
  data: {},
  at: EX.later,
};

export const activityExamples = {
  list: {
    querystring: { dialogueId: EX.dialogueId, since: "2026-03-01T00:00:00Z", limit: 2 },
    response: { 200: { items: [completed, gaveEmail], nextCursor: EX.cursor } },
  },
} satisfies Record<string, RouteExamples>;
