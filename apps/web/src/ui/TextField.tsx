import type { InputHTMLAttributes } from "react";
import { FieldError, Input, Label, TextArea, TextField as AriaTextField, Text } from "react-aria-components";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value" | "required" | "disabled">;

interface TextFieldProps extends InputProps {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  /** The message for this field, in plain words (forms/plainFieldMessage); shown instead of the hint. */
  error?: string;
  required?: boolean;
  disabled?: boolean;
  /** Hides the label from sight (it still names the input), e.g. where a column heading says it. */
  hideLabel?: boolean;
  /** A textarea of this many rows instead of a one-line input (maxLength and placeholder carry over). */
  rows?: number;
}

/**
 * A labelled input (react-aria-components) with its hint, or its error in place of the hint, linked
 * by aria-describedby. Validation is "aria": the browser shows no bubble of its own beside ours.
 */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  className,
  required,
  disabled,
  readOnly,
  autoFocus,
  type,
  autoComplete,
  hideLabel,
  rows,
  ...input
}: TextFieldProps) {
  return (
    <AriaTextField
      className={`field${className ? ` ${className}` : ""}`}
      value={value}
      onChange={onChange}
      isInvalid={error ? true : undefined}
      isRequired={required}
      isDisabled={disabled}
      isReadOnly={readOnly}
      autoFocus={autoFocus}
      type={type as "text"}
      autoComplete={autoComplete}
      validationBehavior="aria"
    >
      <Label className={hideLabel ? "visually-hidden" : undefined}>{label}</Label>
      {rows ? (
        <TextArea rows={rows} placeholder={input.placeholder} maxLength={input.maxLength} />
      ) : (
        <Input {...input} />
      )}
      {hint && !error && (
        <Text slot="description" className="field-hint">
          {hint}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
    </AriaTextField>
  );
}
