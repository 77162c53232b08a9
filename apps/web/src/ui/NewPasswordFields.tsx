import { TextField } from "./TextField";

interface NewPasswordFieldsProps {
  /** The first field's label: "Password", "New password". */
  label: string;
  repeatLabel: string;
  hint: string;
  value: string;
  onChange(value: string): void;
  repeat: string;
  onRepeatChange(value: string): void;
  /** The server's message for the password. */
  error?: string;
  /** The two differ (checked on submit). */
  mismatch: boolean;
  autoFocus?: boolean;
}

/** A new password typed twice, as every form that sets one asks for it. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  return (
    <>
      <TextField
        label={props.label}
        type="password"
        autoComplete="new-password"
        required
        autoFocus={props.autoFocus}
        hint={props.hint}
        value={props.value}
        onChange={props.onChange}
        error={props.error}
      />
      <TextField
        label={props.repeatLabel}
        type="password"
        autoComplete="new-password"
        required
        value={props.repeat}
        onChange={props.onRepeatChange}
        error={props.mismatch ? "The two passwords differ" : undefined}
      />
    </>
  );
}
