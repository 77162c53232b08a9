import type { Dialogue } from "@parley/protocol/dialogues";
import { type FormEvent, useState } from "react";
import { useUnsavedChangesGuard } from "../forms/useUnsavedChangesGuard";
import { useSession } from "../session/SessionContext";
import { Button } from "../ui/Button";
import { FormMessage } from "../ui/FormMessage";
import { TextField } from "../ui/TextField";
import { KIND_WORDS } from "./dialogueKind";
import { readSettingsDraft, type SettingsDraft, settingsDraftOf } from "./settingsDraft";
import { useDialogueActions } from "./useDialogueActions";

/** Name, description and (dialogues) priority, saved with an explicit Save; leaving unsaved asks first. */
export function DialogueSettingsForm({ siteId, dialogue }: { siteId: string; dialogue: Dialogue }) {
  const { can } = useSession();
  const { update } = useDialogueActions(siteId);
  const [draft, setDraft] = useState<SettingsDraft>(() => settingsDraftOf(dialogue));
  const [errors, setErrors] = useState<Partial<Record<keyof SettingsDraft, string>>>({});
  const [saved, setSaved] = useState(false);
  const editable = can("dialogues.manage") && dialogue.status !== "archived";
  const dirty = JSON.stringify(draft) !== JSON.stringify(settingsDraftOf(dialogue));
  useUnsavedChangesGuard(editable && dirty && !update.isPending);
  const words = KIND_WORDS[dialogue.kind];

  const edit = (patch: Partial<SettingsDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readSettingsDraft(draft, dialogue);
    setErrors(read.errors);
    if (Object.keys(read.errors).length > 0 || Object.keys(read.change).length === 0) return;
    update.mutate(
      { id: dialogue.id, ...read.change },
      {
        onSuccess: (next) => {
          setDraft(settingsDraftOf(next));
          setSaved(true);
        },
      },
    );
  };

  return (
    <section className="card dialogue-card" aria-labelledby="dialogue-settings-title">
      <h2 id="dialogue-settings-title">Settings</h2>
      {dialogue.status === "archived" && (
        <p className="notice notice-info">
          This {words.one} is archived; duplicate it from the list to work on it again.
        </p>
      )}
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label="Name"
          value={draft.name}
          onChange={(name) => edit({ name })}
          maxLength={120}
          required
          disabled={!editable}
          error={errors.name}
          hint="For you and your team; visitors do not see it."
        />
        <TextField
          label="Description"
          value={draft.description}
          onChange={(description) => edit({ description })}
          rows={3}
          maxLength={2000}
          disabled={!editable}
          error={errors.description}
          hint="What it is for, shown in the list."
        />
        {dialogue.kind === "dialogue" && (
          <TextField
            label="Priority"
            value={draft.priority}
            onChange={(priority) => edit({ priority })}
            inputMode="numeric"
            className="field-short"
            disabled={!editable}
            error={errors.priority}
            hint="0 to 1000. When several dialogues match a page, the highest priority wins; reordering the list sets these for you."
          />
        )}
        <FormMessage
          error={update.error}
          success={saved ? "Saved." : null}
          fields={["name", "description", "priority"]}
        />
        {editable && (
          <div className="form-actions">
            <Button type="submit" variant="primary" disabled={update.isPending || !dirty}>
              {update.isPending ? "Saving…" : "Save"}
            </Button>
            {dirty && (
              <Button
                onPress={() => {
                  setDraft(settingsDraftOf(dialogue));
                  setErrors({});
                }}
              >
                Discard changes
              </Button>
            )}
          </div>
        )}
      </form>
    </section>
  );
}
