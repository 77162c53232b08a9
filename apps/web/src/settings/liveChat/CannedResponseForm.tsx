import type { CannedResponse } from "@parley/protocol/liveChat";
import { type FormEvent, useState } from "react";
import { isApiError } from "../../api/ApiError";
import { useCannedResponseMutations } from "../../data/useCannedResponses";
import { fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { TextField } from "../../ui/TextField";

interface CannedResponseFormProps {
  siteId: string;
  /** The response to edit; absent when creating one. */
  response?: CannedResponse;
  onDone(saved: CannedResponse): void;
  onCancel(): void;
}

/** A canned response: the shortcut agents type after "/", its title and its text. */
export function CannedResponseForm({ siteId, response, onDone, onCancel }: CannedResponseFormProps) {
  const { create, update } = useCannedResponseMutations(siteId);
  const save = response ? update : create;
  const [shortcut, setShortcut] = useState(response?.shortcut ?? "");
  const [title, setTitle] = useState(response?.title ?? "");
  const [text, setText] = useState(response?.text ?? "");
  const body = { shortcut: shortcut.trim().replace(/^\//, ""), title, text };
  useUnsavedChangesGuard(
    !save.isPending &&
      !save.isSuccess &&
      (shortcut !== (response?.shortcut ?? "") ||
        title !== (response?.title ?? "") ||
        text !== (response?.text ?? "")),
  );
  const errors = fieldErrorsOf(save.error);
  // A shortcut another response has answers 409: said beside the shortcut.
  const taken = isApiError(save.error) && save.error.status === 409 ? save.error.message : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (response) update.mutate({ id: response.id, ...body }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: onDone });
  };

  const headingId = `canned-form-${response?.id ?? "new"}`;
  return (
    <form noValidate className="card form" onSubmit={submit} aria-labelledby={headingId}>
      <h3 id={headingId}>{response ? `Edit /${response.shortcut}` : "New canned response"}</h3>
      <div className="field-row">
        <TextField
          label="Shortcut"
          required
          autoFocus
          placeholder="hello"
          hint="Agents type / and this in a chat: letters, digits, - or _."
          value={shortcut}
          onChange={setShortcut}
          error={errors.shortcut ?? taken}
        />
        <TextField label="Title" required value={title} onChange={setTitle} error={errors.title} />
      </div>
      <TextField label="Text" rows={4} maxLength={5000} value={text} onChange={setText} error={errors.text} />
      <FormMessage error={taken ? undefined : save.error} fields={["shortcut", "title", "text"]} />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : response ? "Save response" : "Create response"}
        </Button>
        <Button onPress={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
