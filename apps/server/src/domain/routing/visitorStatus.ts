import type { AgentRef, LiveChatVisitorStatus } from "@parley/protocol/liveChat";
import type { BusEvent } from "@parley/protocol/events";
import type { LiveChatTable } from "../../store/schema";

/** The `livechat.status` event telling the visitor where their chat stands. */
export function visitorStatus(
  visitorId: string,
  chat: LiveChatTable,
  extra: Partial<Pick<LiveChatVisitorStatus, "agent" | "position" | "estimatedWaitSeconds">> & {
    agent?: AgentRef | null;
  } = {},
): BusEvent {
  return {
    channel: `visitor:${visitorId}`,
    name: "livechat.status",
    data: {
      conversationId: chat.conversation_id,
      chatId: chat.id,
      status: chat.status,
      agent: extra.agent ?? null,
      position: extra.position ?? null,
      estimatedWaitSeconds: extra.estimatedWaitSeconds ?? null,
      endReason: chat.end_reason,
    },
  };
}
