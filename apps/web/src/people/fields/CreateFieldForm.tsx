import { FIELD_TYPES, type FieldDefinition } from "@parley/protocol/fields";
import { type FormEvent, useState } from "react";
import { Button } from "react-aria-components";
import { useFieldMutations } from "../../data/useFieldMutations";
import { errorFor } from "../../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { FormMessage } from "../../ui/FormMessage";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { FIELD_TYPE_LABELS, keyFromLabel } from "./fieldTypeLabels";
import { cleanOptions, OptionsEditor } from "./OptionsEditor";
import { problemsOf } from "./problemsOf";

interface CreateFieldFormProps {
  siteId: string;
  onDone(field: FieldDefinition | null): void;
}

const ENTITIES = [
  { value: "person", label: "Person" },
  { value: "company", label: "Company" },
];
const TYPES = FIELD_TYPES.map((type) => ({ value: type, label: FIELD_TYPE_LABELS[type] }));

/** A new custom field: for people or companies, its label, key, type and (picklists) options. */
export function CreateFieldForm({ siteId, onDone }: CreateFieldFormProps) {
  const { create } = useFieldMutations(siteId);
  const [entity, setEntity] = useState<FieldDefinition["entity"]>("person");
  const [label, setLabel] = useState("");
  const [key, setKey] = useState<string | null>(null);
  const [type, setType] = useState<FieldDefinition["type"]>("text");
  const [options, setOptions] = useState<string[]>([]);
  const errors = problemsOf(create.error);
  const shownKey = key ?? keyFromLabel(label);
  useUnsavedChangesGuard(label !== "" || key !== null || options.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { entity, label, key: shownKey, type, options: type === "picklist" ? cleanOptions(options) : [] },
      { onSuccess: (field) => onDone(field) },
    );
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="new-field-heading">
      <h2 id="new-field-heading">New field</h2>
      <div className="form-grid">
        <SelectField
          label="For"
          value={entity}
          options={ENTITIES}
          onChange={(value) => setEntity(value as FieldDefinition["entity"])}
          error={errorFor(errors, "entity")}
        />
        <TextField
          label="Label"
          value={label}
          onChange={setLabel}
          required
          error={errorFor(errors, "label")}
        />
        <TextField
          label="Key"
          value={shownKey}
          onChange={setKey}
          hint="Used in the API and in dialogues' {{tokens}}; cannot change later"
          error={errorFor(errors, "key")}
          spellCheck={false}
        />
        <SelectField
          label="Type"
          value={type}
          options={TYPES}
          onChange={(value) => setType(value as FieldDefinition["type"])}
          error={errorFor(errors, "type")}
        />
      </div>
      {type === "picklist" && (
        <OptionsEditor value={options} onChange={setOptions} error={errorFor(errors, "options")} />
      )}
      <FormMessage error={create.error} fields={["entity", "label", "key", "type", "options"]} />
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isDisabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create field"}
        </Button>
        <Button className="button button-secondary" onPress={() => onDone(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
