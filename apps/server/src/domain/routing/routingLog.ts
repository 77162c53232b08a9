import type { RoutingLogKind } from "@parley/protocol/liveChat";
import type { z } from "zod";
import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";

export interface LogEntry {
  kind: z.infer<typeof RoutingLogKind>;
  agentId?: string | null;
  /** stage, reason, rule, attempt … */
  detail?: Record<string, unknown>;
}

/**
 * Appends entries to the chat's routing log ("why this agent"), in order. The caller holds the chat
 * (or its conversation) locked, so positions cannot collide.
 */
export async function appendRoutingLog(
  trx: Kysely<Database>,
  chat: { id: string; conversation_id: string },
  entries: LogEntry[],
): Promise<void> {
  if (!entries.length) return;
  const last = await trx
    .selectFrom("routing_log")
    .select((eb) => eb.fn.max("pos").as("pos"))
    .where("chat_id", "=", chat.id)
    .executeTakeFirst();
  const start = Number(last?.pos ?? 0);
  const at = nowIso();
  await trx
    .insertInto("routing_log")
    .values(
      entries.map((e, i) => ({
        id: newId(),
        chat_id: chat.id,
        conversation_id: chat.conversation_id,
        pos: start + i + 1,
        kind: e.kind,
        agent_id: e.agentId ?? null,
        detail: toJson(e.detail ?? {}),
        at,
      })),
    )
    .execute();
}
