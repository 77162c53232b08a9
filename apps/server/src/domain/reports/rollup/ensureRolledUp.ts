import type { Kysely } from "kysely";
import type { Database } from "../../../store/schema";

/**
 * OWNED BY h12-metrics. Rolls up every site-local day of `siteId` that ends before `beforeIso` and is
 * not rolled up yet, so raw events before `beforeIso` may be purged (retention) without changing any
 * report. Idempotent; safe on two nodes at once.
 */
export async function ensureRolledUp(
  _db: Kysely<Database>,
  _siteId: string,
  _beforeIso: string,
): Promise<void> {
  // placeholder of the contract
}
