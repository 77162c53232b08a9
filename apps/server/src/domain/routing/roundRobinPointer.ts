import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import type { Database } from "../../store/schema";

/** The scope every site-wide decision locks first: one routing decision per site at a time. */
export const SITE_SCOPE = "all";

/**
 * Reads a round-robin pointer (the agent who had the scope's last turn), creating the row when
 * missing, and locks it until the transaction ends (FOR UPDATE on PostgreSQL; SQLite serialises
 * writers). Moving it in the same transaction as the offer it produced means two nodes can never
 * hand out the same turn.
 */
export async function lockPointer(
  trx: Kysely<Database>,
  kind: "postgres" | "sqlite",
  siteId: string,
  scope: string,
): Promise<string | null> {
  await trx
    .insertInto("routing_pointers")
    .values({ site_id: siteId, scope, last_agent_id: null, updated_at: nowIso() })
    .onConflict((oc) => oc.columns(["site_id", "scope"]).doNothing())
    .execute();
  let query = trx
    .selectFrom("routing_pointers")
    .select("last_agent_id")
    .where("site_id", "=", siteId)
    .where("scope", "=", scope);
  if (kind === "postgres") query = query.forUpdate();
  const row = await query.executeTakeFirstOrThrow();
  return row.last_agent_id;
}

/** Gives the scope's last turn to this agent (inside the transaction holding the pointer). */
export async function movePointer(
  trx: Kysely<Database>,
  siteId: string,
  scope: string,
  agentId: string,
): Promise<void> {
  await trx
    .updateTable("routing_pointers")
    .set({ last_agent_id: agentId, updated_at: nowIso() })
    .where("site_id", "=", siteId)
    .where("scope", "=", scope)
    .execute();
}
