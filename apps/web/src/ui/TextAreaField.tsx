import { FieldError, Label, TextArea, TextField as AriaTextField, Text } from "react-aria-components";

interface TextAreaFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  /** The message for this field, in plain words; shown instead of the hint. */
  error?: string;
  placeholder?: string;
  rows?: number;
  maxLength?: number;
  disabled?: boolean;
  className?: string;
}

/** TextField's multi-line sibling: a labelled textarea with its hint or error, validation "aria". */
export function TextAreaField({
  label,
  value,
  onChange,
  hint,
  error,
  placeholder,
  rows = 3,
  maxLength,
  disabled,
  className,
}: TextAreaFieldProps) {
  return (
    <AriaTextField
      className={`field${className ? ` ${className}` : ""}`}
      value={value}
      onChange={onChange}
      isInvalid={error ? true : undefined}
      isDisabled={disabled}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      <TextArea rows={rows} placeholder={placeholder} maxLength={maxLength} />
      {hint && !error && (
        <Text slot="description" className="field-hint">
          {hint}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
    </AriaTextField>
  );
}
