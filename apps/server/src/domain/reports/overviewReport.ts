import type { ReportBody, ReportInput } from "./reportInput";

/** OWNED BY h12-metrics: the global dashboard: totals, trend by day, top pages, top dialogues. */
export async function overviewReport(_input: ReportInput): Promise<ReportBody> {
  return { totals: [], tables: [] };
}
