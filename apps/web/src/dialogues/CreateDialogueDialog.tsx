import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Button } from "../ui/Button";
import { FormMessage } from "../ui/FormMessage";
import { TextField } from "../ui/TextField";
import { type DialogueKind, KIND_WORDS } from "./dialogueKind";
import { type TemplateChoice, TemplateChoices } from "./TemplateChoices";
import { useDialogueActions } from "./useDialogueActions";

interface CreateDialogueDialogProps {
  siteId: string;
  kind: DialogueKind;
  /** The template chosen when the dialog opens (the empty state's cards open it on theirs). */
  initialTemplate?: TemplateChoice;
  label?: string;
  /** Names the button for screen readers when several say the same (the guide's "Use this template"). */
  ariaLabel?: string;
  variant?: "primary" | "secondary";
}

/** "New dialogue": a name and a template, then straight into the designer. */
export function CreateDialogueDialog({
  siteId,
  kind,
  initialTemplate = "blank",
  label,
  ariaLabel,
  variant = "primary",
}: CreateDialogueDialogProps) {
  const words = KIND_WORDS[kind];
  const [name, setName] = useState("");
  const [template, setTemplate] = useState<TemplateChoice>(initialTemplate);
  const [nameError, setNameError] = useState<string>();
  const { create } = useDialogueActions(siteId);
  const navigate = useNavigate();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(`Give the ${words.one} a name; visitors do not see it.`);
      return;
    }
    create.mutate(
      { kind, name: name.trim(), template: template === "blank" ? null : template },
      {
        onSuccess: (created) =>
          void navigate(
            kind === "flow"
              ? { to: "/flows/$dialogueId/design", params: { dialogueId: created.id } }
              : { to: "/dialogues/$dialogueId/design", params: { dialogueId: created.id } },
          ),
      },
    );
  };

  return (
    <DialogTrigger
      onOpenChange={(open) => {
        if (!open) return;
        setName("");
        setTemplate(initialTemplate);
        setNameError(undefined);
        create.reset();
      }}
    >
      <Button variant={variant} aria-label={ariaLabel}>
        {label ?? `New ${words.one}`}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal modal-wide">
          <Dialog>
            {({ close }) => (
              <form onSubmit={submit} className="stack" noValidate>
                <Heading slot="title">New {words.one}</Heading>
                <TextField
                  label="Name"
                  value={name}
                  onChange={(v) => {
                    setName(v);
                    setNameError(undefined);
                  }}
                  maxLength={120}
                  required
                  autoFocus
                  error={nameError}
                  hint="For you and your team; visitors do not see it."
                />
                <TemplateChoices value={template} onChange={setTemplate} />
                <FormMessage error={create.error} />
                <div className="modal-actions">
                  <Button onPress={close}>Cancel</Button>
                  <Button type="submit" variant="primary" disabled={create.isPending}>
                    {create.isPending ? "Creating…" : "Create and open the designer"}
                  </Button>
                </div>
              </form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
