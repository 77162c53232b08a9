import { useState } from "react";
import { TextField } from "../../ui/TextField";

interface LinesFieldProps {
  label: string;
  value: readonly string[];
  onChange(lines: string[]): void;
  onBlur(): void;
  error?: string | undefined;
}

const linesOf = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");

/** A list typed one item per line; blank lines are kept while typing but never stored. */
export function LinesField({ label, value, onChange, onBlur, error }: LinesFieldProps) {
  const [text, setText] = useState(value.join("\n"));
  // A new list from outside (undo) replaces what is shown; the same list keeps the blank lines typed.
  const shown = linesOf(text).join("\n") === value.join("\n") ? text : value.join("\n");
  return (
    // The focus leaving the text area (focusout bubbles) ends the typing session.
    <div onBlur={onBlur}>
      <TextField
        label={label}
        rows={4}
        value={shown}
        error={error}
        onChange={(next) => {
          setText(next);
          onChange(linesOf(next));
        }}
      />
    </div>
  );
}
