import { useState } from "react";
import { TextField } from "../../ui/TextField";

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  /** undefined: the field was emptied. */
  onChange(value: number | undefined): void;
  error?: string | undefined;
  hint?: string;
  min?: number;
  max?: number;
  /** Whole numbers only. */
  integer?: boolean;
  hideLabel?: boolean;
}

/**
 * A number typed as text: what is typed stays while it is not a number (with an error), and the
 * card only ever gets numbers. A new value from outside (undo) replaces what is shown.
 */
export function NumberField({
  label,
  value,
  onChange,
  error,
  hint,
  min,
  max,
  integer,
  hideLabel,
}: NumberFieldProps) {
  const [text, setText] = useState(value === undefined ? "" : String(value));
  const [shown, setShown] = useState(value);
  let current = text;
  if (shown !== value) {
    current = value === undefined ? "" : String(value);
    setShown(value);
    setText(current);
  }
  const parsed = current.trim() === "" ? undefined : Number(current);
  const ownError =
    parsed !== undefined && (!Number.isFinite(parsed) || (integer && !Number.isInteger(parsed)))
      ? integer
        ? "Enter a whole number."
        : "Enter a number."
      : undefined;
  return (
    <TextField
      label={label}
      hideLabel={hideLabel}
      value={current}
      inputMode={integer ? "numeric" : "decimal"}
      min={min}
      max={max}
      error={ownError ?? error}
      hint={hint}
      onChange={(next) => {
        setText(next);
        const number = next.trim() === "" ? undefined : Number(next);
        if (number === undefined || (Number.isFinite(number) && (!integer || Number.isInteger(number)))) {
          setShown(number);
          onChange(number);
        }
      }}
    />
  );
}
