import { type FormEvent, type ReactNode, useEffect, useMemo, useState } from "react";
import { Button } from "react-aria-components";
import { errorFor, fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { FormMessage } from "../../ui/FormMessage";
import type { FieldInput } from "../fieldInput";
import { changedBody } from "./changedBody";
import type { EditableField } from "./editableFields";
import { FieldEditor } from "./FieldEditor";
import { useFieldDraft } from "./useFieldDraft";

export interface FieldControlProps {
  value: FieldInput;
  onChange(value: FieldInput): void;
  error?: string;
  readOnly: boolean;
}

/** How the form saves: a PATCH of the changed columns (and `fields`), as a mutation does it. */
export interface SaveAction {
  submit(body: ReturnType<typeof changedBody>, onSaved: () => void): void;
  error: unknown;
  isPending: boolean;
  reset(): void;
}

interface EntityFormProps {
  title: string;
  fields: readonly EditableField[];
  stored: Record<string, FieldInput>;
  save: SaveAction;
  readOnly: boolean;
  /** A control of its own for some fields (the company picker); the others get a FieldEditor. */
  renderControl?(field: EditableField, props: FieldControlProps): ReactNode | undefined;
}

/**
 * A person's or company's fields, editable together: Save sends only what changed; the server's
 * messages appear under their fields and the edits stay, so nothing is lost and nothing half-saved.
 * Leaving with unsaved edits asks first.
 */
export function EntityForm({ title, fields, stored, save, readOnly, renderControl }: EntityFormProps) {
  const types = useMemo(() => Object.fromEntries(fields.map((f) => [f.name, f.type])), [fields]);
  const draft = useFieldDraft(stored, types);
  const [saved, setSaved] = useState(false);
  useUnsavedChangesGuard(draft.isDirty);
  const errors = fieldErrorsOf(save.error);
  const { isDirty } = draft;

  useEffect(() => {
    if (isDirty) setSaved(false);
  }, [isDirty]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.isDirty) return;
    const body = changedBody(fields, draft.changed, draft.valueOf);
    save.submit(body, () => {
      draft.reset();
      setSaved(true);
    });
  };

  return (
    <form className="card form entity-form" onSubmit={submit} noValidate aria-label={title}>
      <h2>{title}</h2>
      <div className="form-grid">
        {fields.map((field) => {
          const props: FieldControlProps = {
            value: draft.valueOf(field.name),
            onChange: (value) => draft.set(field.name, value),
            error: errorFor(errors, field.name),
            readOnly,
          };
          return (
            <div key={field.name} className="entity-field">
              {renderControl?.(field, props) ?? <FieldEditor field={field} {...props} />}
            </div>
          );
        })}
      </div>
      <FormMessage
        error={save.error}
        success={saved && !draft.isDirty ? "Saved." : null}
        fields={[...fields.map((f) => f.name.split(".")[0] ?? f.name), "fields"]}
      />
      {!readOnly && (
        <div className="form-actions">
          <Button
            type="submit"
            className="button button-primary"
            isDisabled={!draft.isDirty || save.isPending}
          >
            {save.isPending ? "Saving…" : "Save"}
          </Button>
          <Button
            className="button button-secondary"
            isDisabled={!draft.isDirty || save.isPending}
            onPress={() => {
              draft.reset();
              save.reset();
            }}
          >
            Cancel
          </Button>
          {draft.isDirty && <span className="unsaved-note">Unsaved changes</span>}
        </div>
      )}
    </form>
  );
}
