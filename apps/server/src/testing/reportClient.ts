import type { Report, ReportTable } from "@parley/protocol/reports";
import { parse } from "csv-parse/sync";
import type { ApiClient } from "./apiClient";

type Query = Record<string, string | number>;
const search = (query: Query) =>
  new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]));

export type ReportAnswer = { status: number; body: Report & { error?: { code: string; message: string } } };

/** GET /api/sites/:siteId/reports/:report with these query parameters. */
export function readReport(
  client: ApiClient,
  siteId: string,
  report: string,
  query: Query = {},
): Promise<ReportAnswer> {
  return client.get<ReportAnswer["body"]>(`/api/sites/${siteId}/reports/${report}?${search(query)}`);
}

/** The report, refusing anything but a 200 (with what the server said). */
export async function report(
  client: ApiClient,
  siteId: string,
  name: string,
  query: Query = {},
): Promise<Report> {
  const res = await readReport(client, siteId, name, query);
  if (res.status !== 200) throw new Error(`${name}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The report's cards as key → value. */
export const totalsOf = (r: Report): Record<string, number | null> =>
  Object.fromEntries(r.totals.map((t) => [t.key, t.value]));

/** One table of the report (throws when it has none of that id). */
export function tableOf(r: Report, id: string): ReportTable {
  const table = r.tables.find((t) => t.id === id);
  if (!table) throw new Error(`${r.report} has no table ${id}: ${r.tables.map((t) => t.id).join(", ")}`);
  return table;
}

/** The rows of a table with only the given columns (the rest of each row left out). */
export const pick = (table: ReportTable, keys: string[]) =>
  table.rows.map((row) => Object.fromEntries(keys.map((k) => [k, row[k]])));

/** A table's CSV export, as the server sent it and parsed (RFC 4180). */
export async function readCsv(
  client: ApiClient,
  siteId: string,
  reportName: string,
  table: string,
  query: Query = {},
) {
  const res = await client.request<unknown>(
    "GET",
    `/api/sites/${siteId}/reports/${reportName}/${table}.csv?${search(query)}`,
  );
  const text = typeof res.body === "string" ? res.body : JSON.stringify(res.body);
  const records: string[][] = res.status === 200 ? parse(text) : [];
  const error = res.status === 200 ? null : (res.body as { error?: { code: string } }).error;
  return { status: res.status, headers: res.headers, text, records, error };
}
