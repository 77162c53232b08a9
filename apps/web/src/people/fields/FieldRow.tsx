import type { FieldDefinition } from "@parley/protocol/fields";
import { type FormEvent, useState } from "react";
import { Button } from "react-aria-components";
import { useFieldMutations } from "../../data/useFieldMutations";
import { errorFor } from "../../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { FormMessage } from "../../ui/FormMessage";
import { TextField } from "../../ui/TextField";
import { FIELD_TYPE_LABELS } from "./fieldTypeLabels";
import { cleanOptions, OptionsEditor } from "./OptionsEditor";
import { problemsOf } from "./problemsOf";

interface FieldRowProps {
  siteId: string;
  field: FieldDefinition;
  canManage: boolean;
}

/** One field definition: shown, or being renamed (and its options edited); custom ones can be deleted. */
export function FieldRow({ siteId, field, canManage }: FieldRowProps) {
  const [editing, setEditing] = useState(false);
  const { remove } = useFieldMutations(siteId);
  if (editing) return <FieldEditRow siteId={siteId} field={field} onDone={() => setEditing(false)} />;
  return (
    <li className="card card-row field-definition">
      <div className="card-row-main">
        <span className="cell-title">
          {field.label}
          {field.builtIn && <span className="badge badge-quiet">Standard</span>}
        </span>
        <span className="cell-sub">
          <code>{field.key}</code> · {FIELD_TYPE_LABELS[field.type]}
          {field.type === "picklist" && field.options.length > 0 && ` · ${field.options.join(", ")}`}
        </span>
        <FormMessage error={remove.error} />
      </div>
      {canManage && (
        <div className="card-row-actions">
          <Button
            className="button button-secondary"
            onPress={() => setEditing(true)}
            aria-label={`Edit ${field.label}`}
          >
            Edit
          </Button>
          {!field.builtIn && (
            <ConfirmButton
              label="Delete"
              question={`Delete ${field.label}? Its values on every ${field.entity} go too.`}
              ariaLabel={`Delete ${field.label}`}
              pending={remove.isPending}
              onConfirm={() => remove.mutate(field.id)}
            />
          )}
        </div>
      )}
    </li>
  );
}

function FieldEditRow({ siteId, field, onDone }: { siteId: string; field: FieldDefinition; onDone(): void }) {
  const { update } = useFieldMutations(siteId);
  const [label, setLabel] = useState(field.label);
  const [options, setOptions] = useState<string[]>(field.options);
  const errors = problemsOf(update.error);
  const changed = label !== field.label || cleanOptions(options).join("\n") !== field.options.join("\n");
  useUnsavedChangesGuard(changed);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!changed) return onDone();
    const body = {
      id: field.id,
      label,
      ...(field.type === "picklist" && { options: cleanOptions(options) }),
    };
    update.mutate(body, { onSuccess: onDone });
  };

  return (
    <li className="card">
      <form className="form" onSubmit={submit} noValidate aria-label={`Edit ${field.label}`}>
        <TextField
          label="Label"
          value={label}
          onChange={setLabel}
          required
          error={errorFor(errors, "label")}
          autoFocus
        />
        <p className="field-hint">
          Key <code>{field.key}</code> · {FIELD_TYPE_LABELS[field.type]} (key and type cannot change)
        </p>
        {field.type === "picklist" && (
          <OptionsEditor value={options} onChange={setOptions} error={errorFor(errors, "options")} />
        )}
        <FormMessage error={update.error} fields={["label", "options"]} />
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isDisabled={update.isPending}>
            {update.isPending ? "Saving…" : "Save"}
          </Button>
          <Button className="button button-secondary" onPress={onDone}>
            Cancel
          </Button>
        </div>
      </form>
    </li>
  );
}
