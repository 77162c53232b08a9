import type { ReportBody, ReportInput } from "./reportInput";

/** OWNED BY h12-metrics: every dialogue and flow with its metrics (one row each, and one per version). */
export async function dialoguesReport(_input: ReportInput): Promise<ReportBody> {
  return { totals: [], tables: [] };
}
