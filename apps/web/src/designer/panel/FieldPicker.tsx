import { SelectField } from "../../ui/SelectField";
import { listStatus } from "./listStatus";
import { fieldOptions } from "./pickerOptions";
import type { PanelLists } from "./usePanelLists";

interface FieldPickerProps {
  label: string;
  value: string;
  onChange(value: string): void;
  lists: PanelLists;
  /** The choice that stores nothing ("Don't save"). */
  none: string;
  personOnly?: boolean;
  error?: string | undefined;
  hint?: string;
}

/** A person or company field of the site (`person.email`), from the fields API. */
export function FieldPicker({
  label,
  value,
  onChange,
  lists,
  none,
  personOnly,
  error,
  hint,
}: FieldPickerProps) {
  const { fields } = lists;
  const options = fieldOptions(fields.data ?? [], { none, current: value, personOnly });
  const status = listStatus(fields, "site's fields") ?? undefined;
  return (
    <SelectField
      label={label}
      value={value}
      options={options}
      onChange={onChange}
      placeholder={none}
      error={error}
      hint={status ?? hint}
    />
  );
}
