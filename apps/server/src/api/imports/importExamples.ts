import type { Import } from "@parley/protocol/imports";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";

const mapping = ["email", "firstName", "lastName", "company", "fields.plan"];
const uploaded: Import = {
  id: "2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f",
  siteId: EX.siteId,
  entity: "people",
  fileName: "crm-export.csv",
  fileBytes: 48213,
  totalRows: 1200,
  columns: ["Email", "First name", "Last name", "Company", "Plan"],
  mapping: null,
  dryRun: false,
  status: "uploaded",
  rowsProcessed: 0,
  counts: { created: 0, updated: 0, skipped: 0, failed: 0 },
  error: null,
  rowErrors: [],
  createdBy: EX.userId,
  createdAt: EX.at,
  startedAt: null,
  finishedAt: null,
};
const done: Import = {
  ...uploaded,
  mapping,
  status: "done",
  rowsProcessed: 1200,
  counts: { created: 1150, updated: 44, skipped: 4, failed: 2 },
  rowErrors: [
    { row: 17, message: "email must be a valid email address" },
    { row: 903, message: "the same email as row 12 (duplicate in the file)" },
  ],
  startedAt: "2026-03-09T10:15:10.000Z",
  finishedAt: "2026-03-09T10:15:31.000Z",
};

export const importExamples = {
  upload: {
    body: "Email,First name,Last name,Company,Plan\r\nada@example.com,Ada,Lovelace,Analytical Engines Ltd,enterprise\r\n",
    querystring: { entity: "people", fileName: "crm-export.csv" },
    response: {
      201: {
        import: uploaded,
        rows: [["ada@example.com", "Ada", "Lovelace", "Analytical Engines Ltd", "enterprise"]],
        suggested: mapping,
        targets: [
          { target: "email", label: "Email" },
          { target: "fields.plan", label: "Plan" },
        ],
      },
    },
  },
  list: { response: { 200: { items: [done] } } },
  get: { response: { 200: done } },
  start: {
    body: { mapping, dryRun: true },
    response: { 202: { ...uploaded, mapping, dryRun: true, status: "queued" } },
  },
  peopleCsv: { querystring: { known: "known", sort: "email", order: "asc" } },
  companiesCsv: { querystring: { sort: "name", order: "asc" } },
} satisfies Record<string, RouteExamples>;
