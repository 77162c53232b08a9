import type { MeetingStatus } from "@parley/protocol/meetings";

/** Each status as the list says it, and its badge's look. */
export const MEETING_STATUS_LOOKS: Record<MeetingStatus, { label: string; look: string }> = {
  upcoming: { label: "Upcoming", look: "badge-info" },
  rescheduled: { label: "Rescheduled", look: "badge-warning" },
  happened: { label: "Happened", look: "badge-success" },
  no_show: { label: "No-show", look: "badge-danger" },
  cancelled: { label: "Cancelled", look: "badge-quiet" },
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { label, look } = MEETING_STATUS_LOOKS[status];
  return <span className={`badge ${look}`}>{label}</span>;
}
