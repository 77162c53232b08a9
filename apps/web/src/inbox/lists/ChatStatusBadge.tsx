import type { InboxItem, LiveChatStatus } from "@parley/protocol/liveChat";

export const CHAT_STATUS_LABELS: Record<LiveChatStatus, string> = {
  routing: "Connecting",
  offered: "Offered",
  queued: "Queued",
  assigned: "Live",
  ended: "Ended",
  fallback: "Missed",
};
const LOOKS: Record<LiveChatStatus, string> = {
  routing: "badge-info",
  offered: "badge-info",
  queued: "badge-warning",
  assigned: "badge-success",
  ended: "badge-quiet",
  fallback: "badge-quiet",
};

/** The chat's state, or "Bot" for a conversation that never reached a person. */
export function ChatStatusBadge({ item }: { item: Pick<InboxItem, "chat"> }) {
  if (!item.chat) return <span className="badge badge-quiet">Bot</span>;
  const { status } = item.chat;
  return <span className={`badge ${LOOKS[status]}`}>{CHAT_STATUS_LABELS[status]}</span>;
}
