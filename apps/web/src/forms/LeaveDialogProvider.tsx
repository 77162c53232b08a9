import { createContext, type ReactNode, useCallback, useContext, useState } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";

interface LeaveChoice {
  onStay(): void;
  onLeave(): void;
}
type Show = (choice: LeaveChoice) => () => void;

const LeaveDialogContext = createContext<Show | null>(null);

/** Hosts the one "Leave without saving?" dialog that useUnsavedChangesGuard opens. */
export function LeaveDialogProvider({ children }: { children: ReactNode }) {
  const [choice, setChoice] = useState<LeaveChoice | null>(null);
  const show = useCallback<Show>((next) => {
    setChoice(next);
    return () => setChoice((current) => (current === next ? null : current));
  }, []);
  const answer = (leave: boolean) => {
    const current = choice;
    setChoice(null);
    if (leave) current?.onLeave();
    else current?.onStay();
  };

  return (
    <LeaveDialogContext.Provider value={show}>
      {children}
      <ModalOverlay
        className="modal-overlay"
        isOpen={choice !== null}
        isDismissable
        onOpenChange={(open) => {
          if (!open) answer(false);
        }}
      >
        <Modal className="modal">
          <Dialog role="alertdialog">
            <Heading slot="title">Leave without saving?</Heading>
            <p>Your changes on this page are not saved yet. If you leave, they are lost.</p>
            <div className="modal-actions">
              <Button className="button button-secondary" autoFocus onPress={() => answer(false)}>
                Stay
              </Button>
              <Button className="button button-danger" onPress={() => answer(true)}>
                Leave
              </Button>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </LeaveDialogContext.Provider>
  );
}

export function useLeaveDialog(): Show {
  const show = useContext(LeaveDialogContext);
  if (!show) throw new Error("useLeaveDialog() is used outside LeaveDialogProvider");
  return show;
}
