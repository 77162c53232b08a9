import type { ReactNode } from "react";
import { Checkbox as AriaCheckbox } from "react-aria-components";

interface CheckboxProps {
  checked: boolean;
  onChange(checked: boolean): void;
  children: ReactNode;
  disabled?: boolean;
  className?: string;
  "aria-describedby"?: string;
}

/** A checkbox with its label (react-aria-components); the box is drawn from data-selected. */
export function Checkbox({ checked, onChange, children, disabled, className, ...aria }: CheckboxProps) {
  return (
    <AriaCheckbox
      className={`checkbox${className ? ` ${className}` : ""}`}
      isSelected={checked}
      onChange={onChange}
      isDisabled={disabled}
      {...aria}
    >
      <span className="checkbox-box" aria-hidden="true" />
      <span className="checkbox-label">{children}</span>
    </AriaCheckbox>
  );
}
