import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import "../../settings/retention/retention.css";

interface EraseDialogProps {
  subject: "person" | "visitor";
  /** Who, for the question: "Ada Lovelace", "this visitor". */
  name: string;
  pending: boolean;
  error: unknown;
  onErase(done: () => void): void;
}

/**
 * "Erase this person…" (right to be forgotten): says exactly what goes and what stays before it
 * removes everything of them (POST …/erase, docs/retention.md). It cannot be undone.
 */
export function EraseDialog({ subject, name, pending, error, onErase }: EraseDialogProps) {
  const whose = subject === "person" ? "their" : "this visitor's";
  return (
    <DialogTrigger>
      <Button className="button-danger-quiet">
        {subject === "person" ? "Erase this person…" : "Erase this visitor…"}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title">Erase {name} everywhere?</Heading>
                <p>This cannot be undone. Gone, from this site only:</p>
                <ul className="erase-list">
                  {subject === "person" ? (
                    <li>the person with every field, and all their visitors (browsers)</li>
                  ) : (
                    <li>
                      this visitor (one browser); a person they were linked to stays, with their other
                      browsers
                    </li>
                  )}
                  <li>{whose} conversations: transcripts, agents' notes, live chats and their routing</li>
                  <li>{whose} timeline, visits and page views</li>
                  <li>mail addressed to them still in the outbox</li>
                </ul>
                <p>Stays:</p>
                <ul className="erase-list">
                  <li>
                    every number in the reports (the events are kept without anything that points to them)
                  </li>
                  <li>meetings on the hosts' calendars, without their name or email</li>
                </ul>
                <FormMessage error={error} />
                <div className="modal-actions">
                  <Button onPress={close}>Keep</Button>
                  <Button className="button-danger" disabled={pending} onPress={() => onErase(close)}>
                    {pending ? "Erasing…" : `Erase ${subject === "person" ? "the person" : "the visitor"}`}
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
