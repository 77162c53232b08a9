import type { ReportBody, ReportInput } from "./reportInput";

/** OWNED BY h12-agentreports: meetings: booked, by agent, by dialogue, no-show rate. */
export async function meetingsReport(_input: ReportInput): Promise<ReportBody> {
  return { totals: [], tables: [] };
}
