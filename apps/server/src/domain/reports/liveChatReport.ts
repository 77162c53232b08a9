import type { ReportBody, ReportInput } from "./reportInput";

/** OWNED BY h12-agentreports: live chat: requested, connected, missed, queue time, chat length, first response, by agent. */
export async function liveChatReport(_input: ReportInput): Promise<ReportBody> {
  return { totals: [], tables: [] };
}
