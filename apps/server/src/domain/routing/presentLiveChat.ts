import type { AgentRef, LiveChat } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import type { Database, LiveChatTable } from "../../store/schema";
import { avatarUrl } from "../agents/presentAgentSummary";

/** An agent as a visitor or a colleague sees them: name and avatar (null: show initials). */
export async function agentRefFor(db: Kysely<Database>, userId: string | null): Promise<AgentRef | null> {
  if (!userId) return null;
  const row = await db
    .selectFrom("users")
    .leftJoin("agent_profiles", "agent_profiles.user_id", "users.id")
    .select(["users.id", "users.name", "agent_profiles.avatar_type", "agent_profiles.updated_at"])
    .where("users.id", "=", userId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    avatarUrl: row.avatar_type ? avatarUrl(row.id, row.updated_at) : null,
  };
}

/** A chat row as the protocol's LiveChat (the inbox's lists, `livechat.updated`). */
export async function presentLiveChat(db: Kysely<Database>, chat: LiveChatTable): Promise<LiveChat> {
  return {
    id: chat.id,
    conversationId: chat.conversation_id,
    status: chat.status,
    agent: await agentRefFor(db, chat.agent_id),
    teamId: chat.team_id,
    requestedAt: chat.requested_at,
    queuedAt: chat.queued_at,
    assignedAt: chat.assigned_at,
    endedAt: chat.ended_at,
    endReason: chat.end_reason,
    score: chat.score,
    visitorDeliveredSeq: chat.visitor_delivered_seq,
    visitorReadSeq: chat.visitor_read_seq,
    agentDeliveredSeq: chat.agent_delivered_seq,
    agentReadSeq: chat.agent_read_seq,
  };
}
