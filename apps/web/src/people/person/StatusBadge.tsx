import type { ConversationStatus } from "@parley/protocol/conversationMessage";

const LOOKS: Record<ConversationStatus, [string, string]> = {
  initiated: ["Started", "badge-quiet"],
  engaged: ["Engaged", "badge-info"],
  completed: ["Completed", "badge-success"],
  dropped: ["Dropped", "badge-quiet"],
};

export function StatusBadge({ status }: { status: ConversationStatus }) {
  const [label, look] = LOOKS[status];
  return <span className={`badge ${look}`}>{label}</span>;
}
