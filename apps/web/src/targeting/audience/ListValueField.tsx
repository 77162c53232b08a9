import { useState } from "react";
import { TextField } from "../../ui/TextField";
import { splitList } from "./conditionGroupEdits";

interface ListValueFieldProps {
  label: string;
  value: readonly string[];
  onChange(value: string[]): void;
}

/**
 * The values of "is one of" as comma-separated text. The text is kept as typed (a trailing comma
 * while typing the next value must not vanish); it is re-read from the value only when the value
 * changes from outside (undo, another editor).
 */
export function ListValueField({ label, value, onChange }: ListValueFieldProps) {
  const [text, setText] = useState(() => value.join(", "));
  const outside = splitList(text).join("\n") !== value.join("\n");
  const shown = outside ? value.join(", ") : text;
  return (
    <TextField
      label={label}
      hideLabel
      placeholder="Values"
      value={shown}
      onChange={(next) => {
        setText(next);
        onChange(splitList(next));
      }}
      hint="Separate values with commas"
    />
  );
}
