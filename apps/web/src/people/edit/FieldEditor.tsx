import { SelectField } from "../../ui/SelectField";
import { Switch } from "../../ui/Switch";
import { TextField } from "../../ui/TextField";
import type { FieldInput } from "../fieldInput";
import type { EditableField } from "./editableFields";

interface FieldEditorProps {
  field: EditableField;
  value: FieldInput;
  onChange(value: FieldInput): void;
  error?: string;
  readOnly: boolean;
}

const HINTS: Partial<Record<EditableField["type"], string>> = { number: "A number, such as 42 or 3.5" };

/** The input that fits a field's type: text, number (typed as text so the server judges it), switch, date, picklist. */
export function FieldEditor({ field, value, onChange, error, readOnly }: FieldEditorProps) {
  if (field.type === "boolean") {
    return <Switch label={field.label} checked={value === true} onChange={onChange} disabled={readOnly} />;
  }
  const text = typeof value === "string" ? value : "";
  if (field.type === "picklist") {
    // A stored value no longer among the options stays choosable, so opening the form changes nothing.
    const options = [...field.options, ...(text && !field.options.includes(text) ? [text] : [])];
    return (
      <SelectField
        label={field.label}
        value={text}
        placeholder="Not set"
        options={options.map((o) => ({ value: o, label: o }))}
        onChange={onChange}
        error={error}
        disabled={readOnly}
      />
    );
  }
  return (
    <TextField
      label={field.label}
      value={text}
      onChange={onChange}
      error={error}
      readOnly={readOnly}
      type={field.type === "date" ? "date" : field.key === "email" ? "email" : "text"}
      inputMode={field.type === "number" ? "decimal" : field.key === "phone" ? "tel" : undefined}
      hint={HINTS[field.type]}
      autoComplete="off"
    />
  );
}
