import type { AgentRef, LiveChat } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import type { Database, LiveChatTable } from "../../store/schema";
import { agentRefs } from "./agentRefs";

/** A chat row as the inbox and the `livechat.updated` event show it; `agents` holds its agent's ref. */
export function presentLiveChat(row: LiveChatTable, agents: Map<string, AgentRef>): LiveChat {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    status: row.status,
    agent: row.agent_id
      ? (agents.get(row.agent_id) ?? { id: row.agent_id, name: "", avatarUrl: null })
      : null,
    teamId: row.team_id,
    requestedAt: row.requested_at,
    queuedAt: row.queued_at,
    assignedAt: row.assigned_at,
    endedAt: row.ended_at,
    endReason: row.end_reason,
    score: row.score,
    visitorDeliveredSeq: row.visitor_delivered_seq,
    visitorReadSeq: row.visitor_read_seq,
    agentDeliveredSeq: row.agent_delivered_seq,
    agentReadSeq: row.agent_read_seq,
  };
}

/** One chat row presented, its agent read here (lists read their agents once for the page instead). */
export async function presentLiveChatRow(db: Kysely<Database>, row: LiveChatTable): Promise<LiveChat> {
  return presentLiveChat(row, await agentRefs(db, [row.agent_id]));
}
