import { useState } from "react";
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Button } from "../ui/Button";
import { FormMessage } from "../ui/FormMessage";
import { TextField } from "../ui/TextField";

interface CancelMeetingDialogProps {
  /** Who and when, for the question: "Ada Lovelace on Mon, 1 Mar 2027 at 10:00". */
  what: string;
  pending: boolean;
  error: unknown;
  onCancel(reason: string | undefined, done: () => void): void;
}

/** Cancels a meeting after asking, with an optional reason; the visitor is sent the cancellation. */
export function CancelMeetingDialog({ what, pending, error, onCancel }: CancelMeetingDialogProps) {
  const [reason, setReason] = useState("");
  return (
    <DialogTrigger>
      <Button className="button-danger-quiet" aria-label={`Cancel the meeting with ${what}`}>
        Cancel
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title">Cancel the meeting with {what}?</Heading>
                <p>The visitor and the agent are sent the cancellation, and the time is free again.</p>
                <TextField
                  label="Reason (optional)"
                  value={reason}
                  onChange={setReason}
                  rows={3}
                  maxLength={1000}
                  hint="Included in the cancellation email."
                />
                <FormMessage error={error} />
                <div className="modal-actions">
                  <Button onPress={close}>Keep the meeting</Button>
                  <Button
                    className="button-danger"
                    disabled={pending}
                    onPress={() => onCancel(reason.trim() || undefined, close)}
                  >
                    {pending ? "Cancelling…" : "Cancel meeting"}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
