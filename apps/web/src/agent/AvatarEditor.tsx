import { type ChangeEvent, useId, useState } from "react";
import { useAgentAvatar } from "../data/useAgentProfile";
import { Button } from "../ui/Button";
import { ConfirmButton } from "../ui/ConfirmButton";
import { FormMessage } from "../ui/FormMessage";
import { AgentAvatar } from "./AgentAvatar";
import { readAvatarFile } from "./readAvatarFile";

interface AvatarEditorProps {
  agentId: string;
  name: string;
  initials: string;
  avatarUrl: string | null;
  /** "Your photo" on the own profile; the agent's name in a list. */
  label: string;
}

/**
 * An agent's avatar: the current one (or their initials), a file chooser with a preview of the chosen
 * image, checked in the browser (square, PNG/JPEG/WebP, 256 KB) before it is uploaded, and Remove.
 */
export function AvatarEditor({ agentId, name, initials, avatarUrl, label }: AvatarEditorProps) {
  const { upload, remove } = useAgentAvatar(agentId);
  const inputId = useId();
  const [preview, setPreview] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chooserKey, setChooserKey] = useState(0);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    upload.reset();
    setPreview(null);
    setProblem(null);
    if (!file) return;
    const choice = await readAvatarFile(file);
    if ("problem" in choice) setProblem(choice.problem);
    else setPreview(choice.dataUrl);
  };
  const send = () => {
    if (!preview) return;
    upload.mutate(preview, {
      onSuccess: () => {
        setPreview(null);
        setChooserKey((k) => k + 1);
      },
    });
  };

  return (
    <div className="avatar-editor" role="group" aria-label={label}>
      <AgentAvatar name={name} initials={initials} avatarUrl={preview ?? avatarUrl} size="large" />
      <div className="stack">
        <div className="field">
          <label htmlFor={inputId}>
            {preview ? "Chosen image (preview at the left)" : "Choose an image"}
          </label>
          <input
            key={chooserKey}
            id={inputId}
            type="file"
            accept="image/png,image/jpeg,image/webp"
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${inputId}-hint`}
            onChange={(e) => void choose(e)}
          />
          <p id={`${inputId}-hint`} className={problem ? "field-error" : "field-hint"}>
            {problem ?? "A square PNG, JPEG or WebP image of at most 256 KB."}
          </p>
        </div>
        <div className="form-actions">
          {preview && (
            <Button variant="primary" onPress={send} disabled={upload.isPending}>
              {upload.isPending ? "Uploading…" : "Upload photo"}
            </Button>
          )}
          {avatarUrl && !preview && (
            <ConfirmButton
              label="Remove photo"
              question={`Remove the photo of ${name}? Their initials are shown instead.`}
              pending={remove.isPending}
              onConfirm={() => remove.mutate()}
            />
          )}
        </div>
        <FormMessage error={upload.error ?? remove.error} />
      </div>
    </div>
  );
}
