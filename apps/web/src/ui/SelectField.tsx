import type { SelectHTMLAttributes } from "react";
import {
  Select as AriaSelect,
  Button,
  FieldError,
  type Key,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  SelectValue,
  Text,
} from "react-aria-components";

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "onChange" | "value"> {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
  /** Shown while nothing is chosen (value ""). */
  placeholder?: string;
  hint?: string;
  error?: string;
  // Of the native select's attributes, name, id, disabled, required, autoFocus and className carry over;
  // react-aria's Select takes no others (put an explanation in `hint`, not in a title).
  /** Hides the label from sight (it still names the control), e.g. in a table row. */
  hideLabel?: boolean;
}

/**
 * A labelled select (react-aria-components: a button that opens a list box) with its hint, or the
 * server's message for this field in place of the hint. Validation is "aria", as in TextField.
 */
export function SelectField({
  label,
  value,
  options,
  onChange,
  placeholder,
  hint,
  error,
  hideLabel,
  required,
  disabled,
  className,
  name,
  autoFocus,
  id,
}: SelectFieldProps) {
  return (
    <AriaSelect
      className={`field select-field${className ? ` ${className}` : ""}`}
      value={value === "" ? null : value}
      onChange={(key: Key | null) => {
        if (key !== null) onChange(String(key));
      }}
      placeholder={placeholder}
      isInvalid={error ? true : undefined}
      isRequired={required}
      isDisabled={disabled}
      name={name}
      autoFocus={autoFocus}
      id={id}
      validationBehavior="aria"
    >
      <Label className={hideLabel ? "visually-hidden" : "field-label"}>{label}</Label>
      <Button className="select-button">
        <SelectValue className="select-value" />
        <span className="select-chevron" aria-hidden="true" />
      </Button>
      {hint && !error && (
        <Text slot="description" className="field-hint">
          {hint}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="select-popover" offset={4}>
        <ListBox className="select-list">
          {options.map((option) => (
            <ListBoxItem
              key={option.value}
              id={option.value}
              className="select-option"
              textValue={option.label}
            >
              {option.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
