import type { ReportBody, ReportInput } from "./reportInput";

/** OWNED BY h12-metrics: one dialogue: totals, trend, funnel per card (drop-off), A/B split comparison, versions. */
export async function dialogueReport(_input: ReportInput): Promise<ReportBody> {
  return { totals: [], tables: [] };
}
