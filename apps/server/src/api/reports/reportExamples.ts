import type { Report } from "@parley/protocol/reports";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";

const count = (key: string, label: string) => ({ key, label, type: "count" as const });
const rate = (key: string, label: string) => ({ key, label, type: "rate" as const });

/** The `dialogues` report of one week, cut to one dialogue (docs/reports-metrics.md defines each metric). */
const report: Report = {
  report: "dialogues",
  range: { from: "2026-03-02", to: "2026-03-08", timeZone: "Europe/London" },
  filters: { dialogueId: null, kind: "dialogue", version: null, visitors: "all" },
  totals: [
    { ...count("triggered", "Triggered"), value: 1200 },
    { ...count("engaged", "Engaged"), value: 300 },
    { ...count("completed", "Completed"), value: 180 },
    { ...count("peopleAcquired", "People acquired"), value: 90 },
    { ...count("meetingsBooked", "Meetings booked"), value: 24 },
    { ...count("goalsReached", "Goals reached"), value: 60 },
    { ...rate("engagementRate", "Engagement rate"), value: 0.25 },
    { ...rate("conversionRate", "Conversion rate"), value: 0.3 },
  ],
  tables: [
    {
      id: "dialogues",
      title: "Dialogues",
      chart: "bar",
      columns: [
        { key: "dialogueId", label: "Dialogue id", type: "id" },
        { key: "dialogue", label: "Dialogue", type: "text" },
        { key: "kind", label: "Kind", type: "text" },
        count("triggered", "Triggered"),
        count("engaged", "Engaged"),
        rate("engagementRate", "Engagement rate"),
      ],
      rows: [
        {
          dialogueId: EX.dialogueId,
          dialogue: "Book a demo",
          kind: "dialogue",
          triggered: 1200,
          engaged: 300,
          engagementRate: 0.25,
        },
      ],
      notes: [],
    },
  ],
};

export const reportExamples = {
  report: {
    querystring: { from: "2026-03-02", to: "2026-03-08", kind: "dialogue", visitors: "all" },
    response: { 200: report },
  },
  csv: { querystring: { from: "2026-03-02", to: "2026-03-08" } },
} satisfies Record<string, RouteExamples>;
