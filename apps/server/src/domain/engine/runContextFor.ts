import type { VisitorAttributes } from "@parley/flow/conditions/conditionContext";
import type { RunContext } from "@parley/flow/runner/runContext";
import type { Kysely } from "kysely";
import { parseJson } from "../../lib/json";
import type { ConversationTable, Database } from "../../store/schema";
import { conditionContextFor } from "../visitors/conditionContextFor";

/** Everything the runner may look at for this conversation right now. */
export async function runContextFor(
  db: Kysely<Database>,
  conversation: ConversationTable,
  random: () => number,
): Promise<RunContext> {
  const visitor = await db
    .selectFrom("visitors")
    .select("attributes")
    .where("id", "=", conversation.visitor_id)
    .executeTakeFirst();
  const attributes = parseJson<VisitorAttributes>(visitor?.attributes ?? null, {});
  const base = await conditionContextFor(db, {
    siteId: conversation.site_id,
    visitorId: conversation.visitor_id,
    attributes,
  });
  return { ...base, now: new Date().toISOString(), random: random() };
}
