import type { Kysely } from "kysely";
import { clock, nowIso } from "../../lib/clock";
import type { Database } from "../../store/schema";
import { parseJson } from "../../lib/json";
import { recordEvent } from "./recordEvent";

export const DROP_AFTER_MS = 30 * 60 * 1000;

/**
 * Conversations left unfinished for DROP_AFTER_MS become `dropped` (a `dropped` activity is recorded
 * and the dialogue no longer follows the visitor). Runs as a recurring job. Each row is claimed by a
 * conditional update that re-checks the silence itself (status *and* last activity), so an answer
 * committed after the candidates were read keeps its conversation alive, and a row is dropped once.
 * On PostgreSQL the update waits for a bot step holding the row and then re-evaluates its condition.
 */
export async function markDroppedConversations(
  db: Kysely<Database>,
  now = clock().now(),
  /** Runs between reading the candidates and claiming them: lets a test put an answer in that gap. */
  afterRead?: () => Promise<void>,
): Promise<number> {
  const cutoff = new Date(now - DROP_AFTER_MS).toISOString();
  const stale = await db
    .selectFrom("conversations")
    .selectAll()
    .where("status", "in", ["initiated", "engaged"])
    .where("updated_at", "<", cutoff)
    .limit(500)
    .execute();
  await afterRead?.();
  let dropped = 0;
  for (const conv of stale) {
    const claimed = await db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable("conversations")
        .set({ status: "dropped", ended_at: nowIso() })
        .where("id", "=", conv.id)
        .where("status", "in", ["initiated", "engaged"])
        .where("updated_at", "<", cutoff)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) return false;
      // The card the visitor stopped at (the last one entered): the report's drop-off per card.
      await recordEvent(trx, conv, "dropped", lastCard(conv.state), { after: conv.status });
      await trx
        .updateTable("visitor_dialogues")
        .set({ status: "dropped", updated_at: nowIso() })
        .where("visitor_id", "=", conv.visitor_id)
        .where("dialogue_id", "=", conv.dialogue_id)
        .where("status", "in", ["triggered", "engaged"])
        .execute();
      return true;
    });
    if (claimed) dropped++;
  }
  return dropped;
}

function lastCard(state: string): string | null {
  return parseJson<{ main?: { path?: string[] } }>(state, {}).main?.path?.at(-1) ?? null;
}
