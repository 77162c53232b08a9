import type { Meeting } from "@parley/protocol/meetings";
import { useUpdateMeeting } from "../data/useMeetingList";
import { Button } from "../ui/Button";
import { CancelMeetingDialog } from "./CancelMeetingDialog";

interface MeetingRowActionsProps {
  siteId: string;
  meeting: Meeting;
  /** What names the meeting for screen readers and the cancel question. */
  what: string;
}

/**
 * What can be done with one meeting: once it has started, mark it a no-show (or undo that); before,
 * cancel it. A cancelled meeting has no actions. The server decides by its own clock and refuses
 * what no longer fits; its message is shown in the row.
 */
export function MeetingRowActions({ siteId, meeting, what }: MeetingRowActionsProps) {
  const update = useUpdateMeeting(siteId);
  const status = meeting.status;
  return (
    <div className="meeting-actions">
      {status === "happened" && (
        <Button
          aria-label={`Mark the meeting with ${what} a no-show`}
          disabled={update.isPending}
          onPress={() => update.mutate({ id: meeting.id, status: "no_show" })}
        >
          Mark no-show
        </Button>
      )}
      {status === "no_show" && (
        <Button
          aria-label={`Undo the no-show of the meeting with ${what}`}
          disabled={update.isPending}
          onPress={() => update.mutate({ id: meeting.id, status: "scheduled" })}
        >
          Undo no-show
        </Button>
      )}
      {(status === "upcoming" || status === "rescheduled") && (
        <CancelMeetingDialog
          what={what}
          pending={update.isPending}
          error={update.error}
          onCancel={(reason, done) =>
            update.mutate({ id: meeting.id, status: "cancelled", reason }, { onSuccess: done })
          }
        />
      )}
      {update.isError && status !== "upcoming" && status !== "rescheduled" && (
        <p className="field-error" role="alert">
          {update.error.message}
        </p>
      )}
    </div>
  );
}
