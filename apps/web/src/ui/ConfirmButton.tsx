import { Button, Dialog, DialogTrigger, Heading, Popover } from "react-aria-components";

interface ConfirmButtonProps {
  /** The action, e.g. "Deactivate". */
  label: string;
  /** The question asked before acting, e.g. "Deactivate Ada?". */
  question: string;
  onConfirm(): void;
  pending?: boolean;
  /** Names the target for screen readers when the label alone is ambiguous in a list. */
  ariaLabel?: string;
}

/**
 * A destructive action that asks first, in a small alert dialog beside the button: focus moves to
 * the choice, Escape or Cancel closes it and focus returns to the button.
 */
export function ConfirmButton({ label, question, onConfirm, pending, ariaLabel }: ConfirmButtonProps) {
  return (
    <DialogTrigger>
      <Button className="button button-danger-quiet" isDisabled={pending} aria-label={ariaLabel}>
        {pending ? "Working…" : label}
      </Button>
      <Popover className="popover confirm-popover" placement="bottom end">
        <Dialog role="alertdialog" className="confirm">
          {({ close }) => (
            <>
              <Heading slot="title" className="confirm-question">
                {question}
              </Heading>
              <div className="confirm-actions">
                <Button
                  className="button button-danger"
                  autoFocus
                  onPress={() => {
                    close();
                    onConfirm();
                  }}
                >
                  {label}
                </Button>
                <Button className="button button-secondary" onPress={close}>
                  Cancel
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
