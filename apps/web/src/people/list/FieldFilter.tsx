import type { FieldDefinition } from "@parley/protocol/fields";
import { useEffect, useState } from "react";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import type { PeopleSearch } from "../peopleSearch";
import { useDebounced } from "../useDebounced";

type FieldPart = Pick<PeopleSearch, "field" | "op" | "value">;

interface FieldFilterProps {
  fields: readonly FieldDefinition[];
  search: FieldPart;
  onChange(patch: FieldPart): void;
}

const OPS = [
  { value: "is", label: "is" },
  { value: "set", label: "has any value" },
  { value: "empty", label: "is empty" },
];

/** "Any field" filter: a person field, how to compare it, and a value input that fits the field's type. */
export function FieldFilter({ fields, search, onChange }: FieldFilterProps) {
  const field = fields.find((f) => f.key === search.field);
  const op = search.op ?? "is";
  return (
    <fieldset className="filter-group field-filter">
      <legend>Field</legend>
      <SelectField
        label="Field"
        value={search.field ?? ""}
        placeholder="Any field"
        options={fields.map((f) => ({ value: f.key, label: f.label }))}
        onChange={(key) => onChange({ field: key || undefined, op: undefined, value: undefined })}
      />
      {field && (
        <SelectField
          label="Comparison"
          value={op}
          options={OPS}
          onChange={(next) => onChange({ ...search, op: next as FieldPart["op"] })}
        />
      )}
      {field && op === "is" && (
        <FilterValue
          key={field.key}
          field={field}
          value={search.value ?? ""}
          onChange={(value) => onChange({ ...search, value: value || undefined })}
        />
      )}
    </fieldset>
  );
}

function FilterValue({
  field,
  value,
  onChange,
}: {
  field: FieldDefinition;
  value: string;
  onChange(value: string): void;
}) {
  if (field.type === "boolean") {
    const options = [
      { value: "true", label: "Yes" },
      { value: "false", label: "No" },
    ];
    return (
      <SelectField label="Value" value={value} placeholder="Choose" options={options} onChange={onChange} />
    );
  }
  if (field.type === "picklist") {
    const options = field.options.map((o) => ({ value: o, label: o }));
    return (
      <SelectField label="Value" value={value} placeholder="Choose" options={options} onChange={onChange} />
    );
  }
  if (field.type === "date") return <TextField label="Value" type="date" value={value} onChange={onChange} />;
  return <TypedValue numeric={field.type === "number"} value={value} onChange={onChange} />;
}

/** Free text asks the server once typing pauses. */
function TypedValue({
  numeric,
  value,
  onChange,
}: {
  numeric: boolean;
  value: string;
  onChange(v: string): void;
}) {
  const [text, setText] = useState(value);
  const settled = useDebounced(text);
  useEffect(() => {
    if (settled !== value) onChange(settled);
    // Only typing pushes a value; the URL's value is where the text starts.
  }, [settled]);
  return (
    <TextField label="Value" value={text} onChange={setText} inputMode={numeric ? "decimal" : undefined} />
  );
}
