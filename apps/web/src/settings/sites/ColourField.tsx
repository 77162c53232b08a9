import { useId } from "react";

interface ColourFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/** A colour as a picker and as its hex code; either edits it. */
export function ColourField({ label, value, onChange, error }: ColourFieldProps) {
  const id = useId();
  return (
    <div className="field colour-field">
      <label htmlFor={id}>{label}</label>
      <div className="colour-inputs">
        <input
          type="color"
          aria-label={`${label} colour picker`}
          value={HEX.test(value) ? value.toLowerCase() : "#000000"}
          onChange={(event) => onChange(event.target.value)}
        />
        <input
          id={id}
          value={value}
          maxLength={7}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
