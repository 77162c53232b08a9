import type { Kysely } from "kysely";
import { nowIso } from "../../../lib/clock";
import type { Database } from "../../../store/schema";
import { ensureRolledUp } from "./ensureRolledUp";

export const ROLLUP_JOB = "reports.rollUp";
export const ROLLUP_EVERY_MS = 15 * 60_000;

/** The recurring job: every site's finished days rolled up; returns how many sites it went through. */
export async function rollUpReports(db: Kysely<Database>): Promise<{ sites: number }> {
  const sites = await db.selectFrom("sites").select("id").execute();
  for (const site of sites) await ensureRolledUp(db, site.id, nowIso());
  return { sites: sites.length };
}
