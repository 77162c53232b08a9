import { Switch as AriaSwitch, Text } from "react-aria-components";
import { useId } from "react";

interface SwitchProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: string;
  disabled?: boolean;
}

/** An on/off switch (react-aria-components): role="switch", Space toggles it, screen readers say on/off. */
export function Switch({ label, checked, onChange, hint, disabled }: SwitchProps) {
  const hintId = useId();
  return (
    <div className="field field-switch">
      <AriaSwitch
        className="switch-control"
        isSelected={checked}
        onChange={onChange}
        isDisabled={disabled}
        aria-describedby={hint ? hintId : undefined}
      >
        <span className="switch" aria-hidden="true" />
        <span className="switch-label">{label}</span>
      </AriaSwitch>
      {hint && (
        <Text id={hintId} className="field-hint">
          {hint}
        </Text>
      )}
    </div>
  );
}
