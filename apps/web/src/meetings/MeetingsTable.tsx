import type { Meeting } from "@parley/protocol/meetings";
import { useSession } from "../session/SessionContext";
import { formatMeetingTime, viewerTimeZone } from "./formatMeetingTime";
import { MeetingRowActions } from "./MeetingRowActions";
import { MeetingStatusBadge } from "./MeetingStatusBadge";

const SOURCES: Record<Meeting["source"], string> = {
  card: "Meeting card",
  liveChatFallback: "Live chat fallback",
  shared: "Shared in a chat",
};

/** One page of meetings, times in the viewer's zone; each row's actions sit under its status. */
export function MeetingsTable({ siteId, meetings }: { siteId: string; meetings: readonly Meeting[] }) {
  const { me, can } = useSession();
  const zone = viewerTimeZone();
  const canManage = can("meetings.manage");
  return (
    <div className="table-wrap">
      <table className="table meetings-table">
        <caption className="visually-hidden">Meetings</caption>
        <thead>
          <tr>
            <th scope="col">Time ({zone.replaceAll("_", " ")})</th>
            <th scope="col">Visitor</th>
            <th scope="col">Agent</th>
            <th scope="col">Dialogue</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((meeting) => {
            const when = formatMeetingTime(meeting.start, meeting.end);
            const visitor = meeting.visitorName ?? meeting.visitorEmail ?? "Anonymous visitor";
            const mayAct = canManage || meeting.agent.id === me.user.id;
            return (
              <tr key={meeting.id} className={meeting.status === "cancelled" ? "row-muted" : undefined}>
                <td data-label="Time">
                  <span className="cell-title nowrap">{when.day}</span>
                  <span className="cell-sub nowrap">{when.hours}</span>
                </td>
                <td data-label="Visitor" className="meeting-visitor">
                  <span className="cell-title">{meeting.visitorEmail ?? "No email"}</span>
                  {meeting.visitorName && <span className="cell-sub">{meeting.visitorName}</span>}
                </td>
                <td data-label="Agent">{meeting.agent.name}</td>
                <td data-label="Dialogue">
                  {meeting.dialogue?.name ?? "—"}
                  <span className="cell-sub">{SOURCES[meeting.source]}</span>
                </td>
                <td data-label="Status" className="meeting-status">
                  <MeetingStatusBadge status={meeting.status} />
                  {meeting.status === "cancelled" && meeting.cancelReason && (
                    <span className="cell-sub">{meeting.cancelReason}</span>
                  )}
                  {mayAct && (
                    <MeetingRowActions
                      siteId={siteId}
                      meeting={meeting}
                      what={`${visitor} on ${when.day} at ${when.hours.split("–")[0]}`}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
