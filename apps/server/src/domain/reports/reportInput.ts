import type { Report, VisitorsFilter } from "@parley/protocol/reports";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import type { ReportRange } from "./reportRange";

/** What every report builder gets: the site, its resolved days and the filters. */
export interface ReportInput {
  db: Kysely<Database>;
  siteId: string;
  range: ReportRange;
  filters: {
    dialogueId: string | null;
    kind: "dialogue" | "flow" | null;
    version: number | null;
    visitors: VisitorsFilter;
  };
  /** The clock's now (ms): days not rolled up yet are read from the raw events. */
  nowMs: number;
  /** Count from the raw events only, ignoring roll-ups (the benchmark's baseline, the equality test). */
  rawOnly?: boolean;
}

/**
 * The `known` value (events, conversations) the visitors filter asks for: 1 known, 0 unknown, null
 * for all — known as decided when the conversation started (ConversationTable.known).
 */
export const knownWanted = (visitors: VisitorsFilter): 0 | 1 | null =>
  visitors === "all" ? null : visitors === "known" ? 1 : 0;

/** A report's numbers; buildReport adds the name, range and filters. */
export type ReportBody = Pick<Report, "totals" | "tables">;
export type ReportBuilder = (input: ReportInput) => Promise<ReportBody>;
