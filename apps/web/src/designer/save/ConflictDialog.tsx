import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import type { TheirDraft } from "./saveMachine";

interface ConflictDialogProps {
  theirs: TheirDraft | null;
  onReloadTheirs(theirs: TheirDraft): void;
  onKeepMine(theirs: TheirDraft): void;
}

/**
 * Someone saved this draft after this tab loaded it. Neither version is dropped silently: the marketer
 * picks theirs (this tab's edits are replaced) or keeps theirs' revision as the base and saves on top.
 */
export function ConflictDialog({ theirs, onReloadTheirs, onKeepMine }: ConflictDialogProps) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={theirs !== null} isDismissable={false}>
      <Modal className="modal modal-wide">
        <Dialog role="alertdialog">
          {theirs && (
            <>
              <Heading slot="title">
                Someone else saved this dialogue{theirs.by ? ` (${theirs.by})` : ""}
              </Heading>
              <p>
                The draft was saved in another tab or by someone else since you opened it, so your latest
                changes are not saved yet.
              </p>
              <ul className="conflict-choices">
                <li>
                  <strong>Reload theirs</strong>: show their version; your unsaved changes here are dropped.
                </li>
                <li>
                  <strong>Keep mine</strong>: save your version over theirs; their changes are replaced.
                </li>
              </ul>
              <div className="modal-actions">
                <Button className="button button-secondary" onPress={() => onReloadTheirs(theirs)}>
                  Reload theirs
                </Button>
                <Button className="button button-primary" autoFocus onPress={() => onKeepMine(theirs)}>
                  Keep mine
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
